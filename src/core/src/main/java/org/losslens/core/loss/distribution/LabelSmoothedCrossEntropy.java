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
 * Label-smoothed cross-entropy (Szegedy et al. 2016, §7; fairseq's label_smoothed_nll_loss), as
 * segmentation_models.pytorch's {@code SoftCrossEntropyLoss(smooth_factor)}:
 * <pre>
 *   L = (1 − sf)·mean_i(−ln p_{y_i}) + (sf/C)·mean_i(−Σ_c ln p_c),   p = softmax(x)
 * </pre>
 * equal to PyTorch's CrossEntropyLoss(label_smoothing = sf): the true class's target is
 * 1 − sf + sf/C, every other class's sf/C. ∂L/∂x_c,i = (p_c − (1 − sf)[c = y_i] − sf/C)/N.
 */
public final class LabelSmoothedCrossEntropy implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("soft_ce", Mode.MULTICLASS, Family.DISTRIBUTION)
            .title("Label-smoothed cross-entropy")
            .summary("Cross-entropy against a target that gives the true class 1 − sf + sf/C and every other class "
                    + "sf/C: confident logits stop being rewarded, which calibrates the softmax.")
            .reference("segmentation_models.pytorch SoftCrossEntropyLoss(smooth_factor) (fairseq label smoothing)")
            .param(ParamSpec.real("smooth_factor", 0.1, 0, 1, ParamRole.NONE,
                    "sf: mass spread uniformly over all C classes (sf = 0 is plain CE; 0.1 is smp's docstring example)"))
            .factory(p -> new LabelSmoothedCrossEntropy(p.real("smooth_factor")))
            .build();

    private final double smoothFactor;

    public LabelSmoothedCrossEntropy(double smoothFactor) {
        this.smoothFactor = smoothFactor;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        int n = input.pixels();
        int channels = input.channels();
        double uniform = smoothFactor / channels;
        double step = scale / n;
        double trueClass = 0;
        double allClasses = 0;
        double[] logP = a.logProbabilityValues();
        for (int i = 0; i < n; i++) {
            int y = t.label(i);
            trueClass -= logP[y * n + i];
            for (int c = 0; c < channels; c++) {
                int k = c * n + i;
                allClasses -= logP[k];
                gradient[k] += step * (a.probability(k) - (c == y ? 1 - smoothFactor : 0) - uniform);
            }
        }
        return (1 - smoothFactor) * trueClass / n + uniform * allClasses / n;
    }
}
