package org.losslens.core.loss.boundary;

import org.losslens.core.activation.Activations;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Active contour loss (Chen et al. 2019, "Learning active contour models for medical image
 * segmentation", CVPR, eq. 11–13), as the authors' Keras code (xuuuuuuchen/Active-Contour-Loss) with
 * means instead of sums. With p = σ(x) and t the (possibly soft) target on an H×W image:
 * <pre>
 *   dx(a,b) = p[a+2][b] − p[a+1][b],   dy(a,b) = p[a][b+2] − p[a][b+1],   0 ≤ a &lt; H−2, 0 ≤ b &lt; W−2
 *   length     = mean_{a,b} √(|dx² + dy²| + 10⁻⁸)
 *   region_in  = |mean(p·(t − 1)²)|,    region_out = |mean((1 − p)·t²)|
 *   L          = length + λ·(μ·region_in + region_out)
 * </pre>
 * The (H−2)×(W−2) crops of the vertical and horizontal forward differences are offset from each
 * other by one pixel, exactly as the reference's slicing {@code x[:,:,1:,:-2]} and
 * {@code y[:,:,:-2,1:]} does; LossLens keeps that quirk. The 10⁻⁸ keeps the square root
 * differentiable where p is flat. For H &lt; 3 or W &lt; 3 the crop is empty and the length term is 0.
 * Gradient: ∂length/∂dx = dx/(G·√(…)) with G = (H−2)(W−2), likewise dy; the region terms are linear
 * in p (the absolute values have derivative sign(sum), 0 at 0, as autograd's); then p(1 − p).
 */
public final class ActiveContour implements Loss {

    /** The reference's ε under the square root. */
    private static final double EPSILON = 1e-8;

    public static final LossSpec SPEC = LossSpec.builder("active_contour", Mode.BINARY, Family.BOUNDARY)
            .title("Active contour loss")
            .summary("Chan–Vese-style energy of the probability map: the length of its contour (mean gradient "
                    + "magnitude) plus region terms for probability inside the background and missing inside the "
                    + "object.")
            .reference("Chen et al. 2019, CVPR, eq. 11–13; xuuuuuuchen/Active-Contour-Loss (Keras), with means")
            .gradientNote("no constants: every term is differentiated; the 1e-8 under the square root keeps the "
                    + "length term's gradient finite where the prediction is flat")
            .softTargets()
            .param(ParamSpec.real("mu", 1.0, 0, 10, ParamRole.NONE,
                    "weight μ of the inside-region term mean(p·(t − 1)²) (probability on background pixels)"))
            .param(ParamSpec.real("lambda", 1.0, 0, 10, ParamRole.NONE,
                    "weight λ of both region terms against the length term"))
            .factory(p -> new ActiveContour(p.real("mu"), p.real("lambda")))
            .build();

    private final double mu;
    private final double lambda;

    public ActiveContour(double mu, double lambda) {
        this.mu = mu;
        this.lambda = lambda;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        int height = input.shape().height();
        int width = input.shape().width();
        int n = input.pixels();
        double[] dLossDProbability = new double[n];

        double length = 0;
        int grid = Math.max(0, height - 2) * Math.max(0, width - 2);
        if (grid > 0) {
            double sum = 0;
            for (int r = 0; r < height - 2; r++) {
                for (int c = 0; c < width - 2; c++) {
                    int below = (r + 2) * width + c;
                    int here = (r + 1) * width + c;
                    int right = r * width + c + 2;
                    int left = r * width + c + 1;
                    double dx = a.probability(below) - a.probability(here);
                    double dy = a.probability(right) - a.probability(left);
                    double root = Math.sqrt(Math.abs(dx * dx + dy * dy) + EPSILON);
                    sum += root;
                    double gx = dx / (grid * root);
                    double gy = dy / (grid * root);
                    dLossDProbability[below] += gx;
                    dLossDProbability[here] -= gx;
                    dLossDProbability[right] += gy;
                    dLossDProbability[left] -= gy;
                }
            }
            length = sum / grid;
        }

        double inside = 0;
        double outside = 0;
        for (int i = 0; i < n; i++) {
            double ti = targetValues[i];
            inside += a.probability(i) * (ti - 1) * (ti - 1);
            outside += a.complement(i) * ti * ti;
        }
        double insideSign = Math.signum(inside);
        double outsideSign = Math.signum(outside);
        for (int i = 0; i < n; i++) {
            double ti = targetValues[i];
            dLossDProbability[i] += lambda * (mu * insideSign * (ti - 1) * (ti - 1) - outsideSign * ti * ti) / n;
        }
        a.backpropagate(dLossDProbability, scale, gradient);
        return length + lambda * (mu * Math.abs(inside / n) + Math.abs(outside / n));
    }
}
