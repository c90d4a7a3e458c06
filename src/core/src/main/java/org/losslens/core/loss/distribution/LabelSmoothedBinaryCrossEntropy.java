package org.losslens.core.loss.distribution;

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
 * Label-smoothed binary cross-entropy (Szegedy et al. 2016, "Rethinking the Inception architecture",
 * §7), as segmentation_models.pytorch's {@code SoftBCEWithLogitsLoss(smooth_factor)}: the target is
 * pulled toward the other class, t' = (1 − t)·sf + t·(1 − sf) (1 → 1 − sf, 0 → sf), then
 * L = mean BCEWithLogits(x, t'), ∂L/∂x_i = (σ(x_i) − t'_i)/N. Unlike smp's multiclass soft CE, which
 * gives the true class 1 − sf + sf/C.
 */
public final class LabelSmoothedBinaryCrossEntropy implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("soft_bce", Mode.BINARY, Family.DISTRIBUTION)
            .title("Label-smoothed BCE")
            .summary("Binary cross-entropy against a softened target: 1 becomes 1 − sf and 0 becomes sf, so the loss "
                    + "stops rewarding ever more confident logits and its minimum sits at p = 1 − sf, not at p = 1.")
            .reference("segmentation_models.pytorch SoftBCEWithLogitsLoss(smooth_factor)")
            .softTargets()
            .param(ParamSpec.real("smooth_factor", 0.1, 0, 1, ParamRole.NONE,
                    "sf: targets 1 → 1 − sf and 0 → sf (sf = 0 is plain BCE; 0.1 is smp's docstring example)"))
            .factory(p -> new LabelSmoothedBinaryCrossEntropy(p.real("smooth_factor")))
            .build();

    private final double smoothFactor;

    public LabelSmoothedBinaryCrossEntropy(double smoothFactor) {
        this.smoothFactor = smoothFactor;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        double[] logP = a.logProbabilityValues();
        double[] logQ = a.logComplementValues();
        int n = input.pixels();
        double step = scale / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double ti = targetValues[i];
            double smoothed = (1 - ti) * smoothFactor + ti * (1 - smoothFactor);
            sum -= smoothed * logP[i] + (1 - smoothed) * logQ[i];
            gradient[i] += step * ((1 - smoothed) * a.probability(i) - smoothed * a.complement(i));
        }
        return sum / n;
    }
}
