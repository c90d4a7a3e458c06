package org.losslens.core.sweep;

import java.util.ArrayList;
import java.util.List;
import org.losslens.core.activation.Logit;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * Per-pixel loss and gradient as functions of the true-class probability p_t — the focal-loss paper's
 * Figure 1. Each point is a one-pixel foreground image with logit ln(p_t / (1 − p_t)), so the value is
 * the loss of that single pixel and the gradient its ∂L/∂logit. Meaningful for pixel-wise
 * (distribution-family) binary losses.
 */
public final class ConfidenceSweep {

    private ConfidenceSweep() {
    }

    /**
     * True for the losses a one-pixel curve describes: binary distribution losses whose per-pixel term
     * depends on that pixel alone. Top-k (which ranks pixels) and distance-weighted CE (whose weight
     * depends on where the pixel lies in the ground truth) are left out: one pixel says nothing about them.
     */
    public static boolean describes(LossSpec spec) {
        return spec.mode() == Mode.BINARY && spec.family() == Family.DISTRIBUTION && spec.implemented()
                && !spec.sorts() && !spec.usesGtDistance();
    }

    /** Results: one value curve and one gradient curve per loss. */
    public record Result(Curves values, Curves gradients) {
    }

    public static Result run(List<NamedLoss> losses, double[] trueClassProbabilities, SweepProgress progress) {
        Target foreground = Target.binary(1, 1, new double[] {1});
        List<Curves.Series> values = new ArrayList<>();
        List<Curves.Series> gradients = new ArrayList<>();
        int total = losses.size() * trueClassProbabilities.length;
        int done = 0;
        for (NamedLoss named : losses) {
            double[] v = new double[trueClassProbabilities.length];
            double[] g = new double[trueClassProbabilities.length];
            for (int i = 0; i < trueClassProbabilities.length; i++) {
                SweepProgress.check(progress);
                double p = trueClassProbabilities[i];
                if (!(p > 0 && p < 1)) {
                    throw new IllegalArgumentException("a true-class probability must be in (0, 1), got " + p);
                }
                Tensor logit = Tensor.of(new Shape(1, 1, 1), new double[] {Logit.of(p)});
                LossResult r = named.loss().evaluate(LossInput.of(logit, foreground));
                v[i] = r.value();
                g[i] = r.gradient().get(0);
                progress.completed(++done, total);
            }
            values.add(new Curves.Series(named.name(), v));
            gradients.add(new Curves.Series(named.name(), g));
        }
        double[] x = trueClassProbabilities.clone();
        return new Result(new Curves("true-class probability p_t", x, values),
                new Curves("true-class probability p_t", x, gradients));
    }
}
