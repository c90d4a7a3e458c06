package org.losslens.core.loss.region;

import java.util.List;
import org.losslens.core.activation.Activations;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamSpec;
import org.losslens.core.ranking.DescendingOrder;

/**
 * Lovász-softmax (Berman et al. 2018, "The Lovász-Softmax loss", eq. 12 and Algorithm 1), as
 * {@code lovasz_softmax(softmax(logits), labels, classes, per_image=False)} of bermanmaxim/LovaszSoftmax:
 * for each scored class c, with fg_c the 0/1 ground truth and p_c the softmax probability,
 * <pre>
 *   m_c,i = |fg_c,i − p_c,i|,      L_c = Σ_k m_c,π_c(k)·g_c,k      (π_c sorts m_c decreasingly)
 *   L     = mean over scored classes of L_c
 * </pre>
 * where g_c is the gradient of the Lovász extension of the Jaccard loss of class c
 * ({@link LovaszExtension}). Scored classes: "present" — those with at least one GT pixel; "all" —
 * every class (an absent class then costs max_i p_c,i). With π_c fixed,
 * ∂L/∂p_c,i = g_c,rank(i)·sign(p_c,i − fg_c,i) / #scored (sign 0 where the error is exactly 0, as
 * autograd's |·|), then through the softmax.
 */
public final class LovaszSoftmax implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("lovasz_softmax", Mode.MULTICLASS, Family.REGION)
            .title("Lovász-softmax")
            .summary("Convex surrogate of the mean IoU over classes: per class, the errors |fg − p| of the softmax "
                    + "probabilities, sorted from worst to best and weighted by how much each one worsens that "
                    + "class's IoU.")
            .reference("Berman et al. 2018, eq. 12; bermanmaxim/LovaszSoftmax lovasz_softmax(per_image=False)")
            .gradientNote("each class's sort permutation of its errors is a constant: a pixel's gradient is the "
                    + "Lovász weight g_k at its rank (the IoU increment), signed by whether p is above or below "
                    + "the target; which classes are 'present' comes from the ground truth and is constant too")
            .sorts()
            .param(ParamSpec.choice("classes", "present", List.of("present", "all"),
                    "average over classes present in the GT, or over all classes (absent ones then cost max p)"))
            .factory(p -> new LovaszSoftmax(p.choice("classes").equals("present")))
            .build();

    private final boolean presentOnly;

    /** @param presentOnly true: average only over classes with at least one GT pixel ("present") */
    public LovaszSoftmax(boolean presentOnly) {
        this.presentOnly = presentOnly;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        int n = input.pixels();
        int channels = input.channels();
        int scored = 0;
        for (int c = 0; c < channels; c++) {
            if (!presentOnly || t.classSum(c) > 0) {
                scored++;
            }
        }
        if (scored == 0) {
            return 0;
        }
        Workspace work = Workspace.of(channels, n);
        double[] dLossDProbability = work.dLossDProbability;
        double[] errors = work.errors;
        double[] signedErrors = work.signedErrors;
        DescendingOrder sorter = work.sorter;
        double total = 0;
        for (int c = 0; c < channels; c++) {
            if (presentOnly && t.classSum(c) == 0) {
                // the array is reused: a class not scored has ∂L/∂p = 0 (a scored class's slice is
                // overwritten whole, the ranking being a permutation)
                java.util.Arrays.fill(dLossDProbability, c * n, (c + 1) * n, 0.0);
                continue;
            }
            int base = c * n;
            double foreground = 0;
            for (int i = 0; i < n; i++) {
                double fg = targetValues[base + i];
                foreground += fg;
                double error = Math.abs(fg - a.probability(base + i));
                errors[i] = error;
                // the error with the ground truth in its sign bit (−0.0 for a zero error on fg)
                signedErrors[i] = fg == 1 ? -error : error;
            }
            int[] order = sorter.sort(errors);
            // one walk down the ranking: each pixel's ground truth and error come from one random read
            // (of the signed error), its Lovász weight g_k is computed, used for the loss and the
            // gradient, and dropped — no sorted copies, no array of g
            LovaszExtension.JaccardSteps steps = new LovaszExtension.JaccardSteps(foreground);
            double classLoss = 0;
            for (int k = 0; k < n; k++) {
                int i = order[k];
                double signedError = signedErrors[i];
                double fg = Double.doubleToRawLongBits(signedError) < 0 ? 1 : 0;
                double error = Math.abs(signedError);
                double g = steps.next(fg);
                classLoss += error * g;
                // sign(p − fg) with fg ∈ {0, 1} and error = |fg − p|: 0 where the error is 0, else −1 on fg
                double sign = error == 0 ? 0 : fg == 1 ? -1 : 1;
                dLossDProbability[base + i] = sign * (g / scored);
            }
            total += classLoss;
        }
        a.backpropagate(dLossDProbability, scale, gradient);
        return total / scored;
    }

    /**
     * The per-call arrays (errors, signed errors, ∂L/∂p, the sorter's buffers), kept per thread for the next call of
     * the same size: allocating and zeroing them was a fifth of a call, and ∂L/∂p (8·C·H·W bytes)
     * is a G1 humongous object from 256² × 4 classes on. Per thread because losses are evaluated
     * concurrently and an instance may be shared; the arrays never leave a call.
     */
    private static final class Workspace {

        private static final ThreadLocal<Workspace> OF_THREAD = new ThreadLocal<>();

        private final int channels;
        private final int pixels;
        private final double[] errors;
        private final double[] signedErrors;
        private final double[] dLossDProbability;
        private final DescendingOrder sorter;

        private Workspace(int channels, int pixels) {
            this.channels = channels;
            this.pixels = pixels;
            errors = new double[pixels];
            signedErrors = new double[pixels];
            dLossDProbability = new double[channels * pixels];
            sorter = new DescendingOrder(pixels);
        }

        static Workspace of(int channels, int pixels) {
            Workspace w = OF_THREAD.get();
            if (w == null || w.channels != channels || w.pixels != pixels) {
                w = new Workspace(channels, pixels);
                OF_THREAD.set(w);
            }
            return w;
        }
    }
}
