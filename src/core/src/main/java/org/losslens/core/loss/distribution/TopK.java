package org.losslens.core.loss.distribution;

import java.util.Locale;
import org.losslens.core.activation.Activations;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;
import org.losslens.core.ranking.LargestSelection;

/**
 * Top-k cross-entropy (Wu et al. 2016, "Bridging category-level and instance-level semantic image
 * segmentation", online bootstrapping), as nnU-Net's {@code TopKLoss} (SegLossOdyssey
 * ND_Crossentropy): with ℓ_i = −t_i·ln σ(x_i) − (1 − t_i)·ln(1 − σ(x_i)) the per-pixel BCE and S the
 * n = ⌊N·k/100⌋ pixels with the largest ℓ,
 * <pre>
 *   L = (1/n)·Σ_{i∈S} ℓ_i,     ∂L/∂x_i = (σ(x_i) − t_i)/n for i ∈ S, 0 otherwise.
 * </pre>
 * The selection S is a constant for the gradient. n must be at least 1. Ties at the selection
 * boundary are broken by pixel index (lower index first); they change which pixels receive
 * gradient, never the value.
 */
public final class TopK implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("topk", Mode.BINARY, Family.DISTRIBUTION)
            .title("Top-k cross-entropy")
            .summary("Mean cross-entropy of only the k% hardest pixels: easy pixels, however many, are ignored, "
                    + "so training concentrates on the mistakes.")
            .reference("Wu et al. 2016 (online bootstrapping); nnU-Net TopKLoss via SegLossOdyssey "
                    + "ND_Crossentropy.TopKLoss")
            .gradientNote("the top-k selection is a constant: the n = ⌊N·k/100⌋ selected pixels get the BCE "
                    + "gradient (p − t)/n, every other pixel gets exactly 0")
            .sorts()
            .param(ParamSpec.real("k", 10.0, 0, 100, ParamRole.NONE,
                    "percentage of pixels (the hardest ones) that are averaged; ⌊N·k/100⌋ must be at least 1")
                    .aboveMinimum())
            .factory(p -> new TopK(p.real("k")))
            .build();

    private final double percent;

    /** @param percent k, the percentage of pixels kept, in (0, 100] (k = 0 keeps no pixel on any image) */
    public TopK(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("topk: parameter 'k' = " + percent + " must be in (0, 100]");
        }
        this.percent = percent;
    }

    /**
     * n = ⌊N·k/100⌋, evaluated as the reference does (in double precision, left to right).
     *
     * @throws IllegalArgumentException if it is 0
     */
    public static int selectedCount(int pixels, double percent) {
        int n = (int) Math.floor(pixels * percent / 100);
        if (n < 1) {
            throw new IllegalArgumentException("topk: k = " + percent + "% of " + pixels + " pixels selects "
                    + "floor(" + pixels + "·" + percent + "/100) = 0 pixels; parameter 'k' must be at least "
                    + String.format(Locale.ROOT, "%.4g", 100.0 / pixels) + " for this image (n must be >= 1)");
        }
        return n;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        int pixels = input.pixels();
        int n = selectedCount(pixels, percent);
        double[] perPixel = new double[pixels];
        double[] logP = a.logProbabilityValues();
        double[] logQ = a.logComplementValues();
        for (int i = 0; i < pixels; i++) {
            perPixel[i] = BinaryCrossEntropy.perPixel(targetValues, logP, logQ, i);
        }
        // only which pixels are kept matters, not their order: selection, not a full sort
        double sum = 0;
        double step = scale / n;
        for (int i : LargestSelection.of(perPixel, n)) {
            sum += perPixel[i];
            double ti = targetValues[i];
            // p − t written as (1 − t)·p − t·(1 − p): exact also where p rounds to 1
            gradient[i] += step * ((1 - ti) * a.probability(i) - ti * a.complement(i));
        }
        return sum / n;
    }
}
