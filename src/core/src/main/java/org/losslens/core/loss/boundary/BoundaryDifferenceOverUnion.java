package org.losslens.core.loss.boundary;

import java.util.function.Function;
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
 * Boundary difference over union loss (Sun et al., "Boundary Difference Over Union Loss For Medical
 * Image Segmentation", MICCAI 2023, eqs. 3–5), as the authors' {@code BoundaryDoULoss}
 * (sunfan-bvb/BoundaryDoULoss). Per class k, with G its one-hot GT and P its probability:
 * <pre>
 *   S = |G|, C = pixels of G with a 4-neighbour outside G (outside the image counts as outside)
 *   α = min(1 − 2(C + 1e-5)/(S + 1e-5), alpha_max)                         (a constant of the GT)
 *   I = Σ P·G, y = Σ G², z = Σ P²  (SQUARED probabilities)
 *   L_k = (z + y − 2I + 1e-5) / (z + y − (1 + α)·I + 1e-5)
 * </pre>
 * and L = mean of L_k over ALL classes, background included. Binary: classes {background, foreground}
 * with P = [1 − σ(x), σ(x)] (= the authors' 2-class softmax of [0, x]). An empty class has α = −1 and
 * L_k = 1 exactly, with zero gradient. ∂L_k/∂P_i = ((2P_i − 2G_i)·B − A·(2P_i − (1 + α)G_i))/B².
 */
public final class BoundaryDifferenceOverUnion implements Loss {

    private static final double SMOOTH = 1e-5;

    public static final LossSpec BINARY = spec(Mode.BINARY, "Sun et al. 2023 (MICCAI), Boundary DoU, eqs. 3–5, as "
            + "sunfan-bvb/BoundaryDoULoss on [1 − σ(x), σ(x)], mean over both classes");

    public static final LossSpec MULTICLASS = spec(Mode.MULTICLASS, "Sun et al. 2023 (MICCAI), Boundary DoU, eqs. "
            + "3–5, as sunfan-bvb/BoundaryDoULoss on softmax(x), mean over all classes incl. background");

    /** Per target and class (binary: background, foreground): {S, C}, the pixel and boundary-pixel counts. */
    private static final Function<Target, int[][]> COUNTS = BoundaryDifferenceOverUnion::counts;

    private final double alphaMax;

    public BoundaryDifferenceOverUnion(double alphaMax) {
        this.alphaMax = alphaMax;
    }

    private static LossSpec spec(Mode mode, String reference) {
        return LossSpec.builder("boundary_dou", mode, Family.BOUNDARY)
                .title("Boundary DoU loss")
                .summary("Difference over union (the mismatch G ∪ P − G ∩ P relative to a partly discounted union): "
                        + "α, set by the share of boundary pixels, discounts the intersection more for large, compact "
                        + "objects, so the loss concentrates on the boundary region.")
                .reference(reference)
                .gradientNote("α depends only on the GT (its boundary-pixel share) and is a constant; the loss uses "
                        + "squared probabilities Σ P², so confident wrong pixels are pushed hardest.")
                .param(ParamSpec.real("alpha_max", 0.8, -1.0, 1.0, ParamRole.ALPHA,
                        "upper bound on α (the authors recommend 0.8; 1 is the untruncated paper form)"))
                .factory(p -> new BoundaryDifferenceOverUnion(p.real("alpha_max")))
                .build();
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        int n = input.pixels();
        boolean binary = input.mode() == Mode.BINARY;
        int classes = binary ? 2 : input.channels();
        int[][] counts = t.derived(COUNTS);
        double[] dLossDProbability = new double[input.shape().size()];
        double value = 0;
        for (int k = 0; k < classes; k++) {
            double alpha = Math.min(1 - 2 * (counts[k][1] + SMOOTH) / (counts[k][0] + SMOOTH), alphaMax);
            double intersection = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double p = probability(a, binary, k, n, i);
                intersection += p * truth(t, binary, k, n, i);
                squares += p * p;
            }
            double gt = counts[k][0];
            double numerator = squares + gt - 2 * intersection + SMOOTH;
            double denominator = squares + gt - (1 + alpha) * intersection + SMOOTH;
            value += numerator / denominator / classes;
            if (gt == 0) {
                continue; // L_k ≡ 1: numerator and denominator coincide
            }
            double scaleK = 1.0 / (classes * denominator * denominator);
            for (int i = 0; i < n; i++) {
                double p = probability(a, binary, k, n, i);
                double g = truth(t, binary, k, n, i);
                double d = ((2 * p - 2 * g) * denominator - numerator * (2 * p - (1 + alpha) * g)) * scaleK;
                if (binary) {
                    // P_0 = 1 − σ(x), P_1 = σ(x): both are functions of the one logit
                    dLossDProbability[i] += k == 1 ? d : -d;
                } else {
                    dLossDProbability[k * n + i] += d;
                }
            }
        }
        a.backpropagate(dLossDProbability, scale, gradient);
        return value;
    }

    private static double probability(Activations a, boolean binary, int k, int n, int i) {
        if (binary) {
            return k == 1 ? a.probability(i) : a.complement(i);
        }
        return a.probability(k * n + i);
    }

    private static double truth(Target t, boolean binary, int k, int n, int i) {
        if (binary) {
            return k == 1 ? t.oneHot(i) : 1 - t.oneHot(i);
        }
        return t.oneHot(k * n + i);
    }

    private static int[][] counts(Target t) {
        boolean binary = t.mode() == Mode.BINARY;
        int classes = binary ? 2 : t.classes();
        int h = t.height();
        int w = t.width();
        int[][] out = new int[classes][2];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int k = t.label(r * w + c);
                out[k][0]++;
                boolean interior = r > 0 && r < h - 1 && c > 0 && c < w - 1
                        && t.label((r - 1) * w + c) == k && t.label((r + 1) * w + c) == k
                        && t.label(r * w + c - 1) == k && t.label(r * w + c + 1) == k;
                if (!interior) {
                    out[k][1]++;
                }
            }
        }
        return out;
    }
}
