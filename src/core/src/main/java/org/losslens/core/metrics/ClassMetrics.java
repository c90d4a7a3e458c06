package org.losslens.core.metrics;

import java.util.ArrayList;
import java.util.List;
import org.losslens.core.activation.Activations;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;

/**
 * The multiclass counterpart of {@link OverlapMetrics}: the hard prediction is the arg-max class of
 * every pixel (the first class on a tie), and each class c is scored one-vs-rest — TP: predicted c
 * and labelled c, FP: predicted c but labelled otherwise, FN: labelled c but predicted otherwise.
 * These are the per-class Dice and IoU that the multiclass overlap losses (Dice, generalised Dice,
 * Lovász-softmax) stand in for.
 */
public final class ClassMetrics {

    private ClassMetrics() {
    }

    /** One {@link OverlapMetrics} per class, class 0 (background) first. */
    public static List<OverlapMetrics> of(LossInput input) {
        if (input.mode() != Mode.MULTICLASS) {
            throw new IllegalArgumentException("per-class metrics need a multiclass input");
        }
        Activations a = input.activations();
        Target t = input.target();
        int n = input.pixels();
        int classes = input.channels();
        long[] truePositives = new long[classes];
        long[] falsePositives = new long[classes];
        long[] falseNegatives = new long[classes];
        for (int i = 0; i < n; i++) {
            int predicted = 0;
            for (int c = 1; c < classes; c++) {
                if (a.probability(c * n + i) > a.probability(predicted * n + i)) {
                    predicted = c;
                }
            }
            int truth = t.label(i);
            if (predicted == truth) {
                truePositives[truth]++;
            } else {
                falsePositives[predicted]++;
                falseNegatives[truth]++;
            }
        }
        List<OverlapMetrics> metrics = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            long trueNegatives = n - truePositives[c] - falsePositives[c] - falseNegatives[c];
            metrics.add(new OverlapMetrics(truePositives[c], falsePositives[c], falseNegatives[c], trueNegatives));
        }
        return List.copyOf(metrics);
    }
}
