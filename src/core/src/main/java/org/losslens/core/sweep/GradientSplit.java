package org.losslens.core.sweep;

import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Tensor;

/**
 * Mean |∂L/∂logit| over the ground truth's foreground and over its background pixels. The split is
 * what explains imbalance and the Tversky weights: false negatives can only be fixed on foreground
 * pixels, false positives only on background pixels.
 */
public final class GradientSplit {

    private GradientSplit() {
    }

    public static double foreground(Tensor gradient, Target target) {
        return meanAbs(gradient, target, true);
    }

    public static double background(Tensor gradient, Target target) {
        return meanAbs(gradient, target, false);
    }

    public static double all(Tensor gradient) {
        double sum = 0;
        for (int k = 0; k < gradient.size(); k++) {
            sum += Math.abs(gradient.get(k));
        }
        return sum / gradient.size();
    }

    private static double meanAbs(Tensor gradient, Target target, boolean foreground) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < gradient.size(); i++) {
            if ((target.oneHot(i) >= 0.5) == foreground) {
                sum += Math.abs(gradient.get(i));
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }
}
