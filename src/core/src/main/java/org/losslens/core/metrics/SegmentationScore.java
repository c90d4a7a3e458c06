package org.losslens.core.metrics;

import java.util.List;
import org.losslens.core.activation.Activations;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;

/**
 * Dice and IoU of the hard prediction, in either mode: binary thresholds p at 0.5
 * ({@link OverlapMetrics}); multiclass takes the arg-max class and averages over the foreground
 * classes that occur in the ground truth or the prediction (NaN if none does).
 */
public record SegmentationScore(double dice, double iou) {

    public static SegmentationScore of(LossInput input) {
        Activations a = input.activations();
        Target t = input.target();
        int n = input.pixels();
        if (input.mode() == Mode.BINARY) {
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = a.probability(i);
            }
            OverlapMetrics m = OverlapMetrics.of(t.oneHotValues(), p); // read only: no copy of the GT
            return new SegmentationScore(m.dice(), m.iou());
        }
        List<OverlapMetrics> perClass = ClassMetrics.of(input);
        double dice = 0;
        double iou = 0;
        int scored = 0;
        for (OverlapMetrics m : perClass.subList(1, perClass.size())) {
            if (!Double.isNaN(m.dice())) {
                dice += m.dice();
                iou += m.iou();
                scored++;
            }
        }
        return scored == 0 ? new SegmentationScore(Double.NaN, Double.NaN)
                : new SegmentationScore(dice / scored, iou / scored);
    }
}
