package org.losslens.core.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.losslens.core.activation.Logit;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * Losses against class imbalance. For each foreground fraction f the ground truth is the
 * round(f·N) pixels nearest the image centre (a digital disc of exactly that area) and the prediction
 * follows a chosen {@link ErrorModel}; inside the predicted object p = confidence, outside
 * p = haze (1 − confidence unless set apart). The haze matters: soft Dice's Σp counts N·haze from
 * the background, which swamps a small object's few pixels (at 128², haze 0.1 adds 1638 "predicted
 * pixels"), so "Dice is not swamped by the background" holds only where N·haze is small next to the
 * object. Besides each loss value, the mean |∂L/∂logit| over foreground pixels and over
 * background pixels shows why region losses cope with imbalance: their foreground gradient does not
 * shrink as the object does.
 */
public final class ImbalanceSweep {

    /** How the prediction errs, so that "the same mistake" can be compared across object sizes. */
    public enum ErrorModel {
        /** The predicted object is the GT; every pixel has the same confidence. */
        FIXED_CONFIDENCE,
        /** The predicted object's area is off by a fixed fraction e of the GT area (e &gt; 0 over-, e &lt; 0 under-segments). */
        RELATIVE_AREA_ERROR,
        /** A fixed number m of the GT's outermost pixels are missed. */
        MISSED_PIXELS
    }

    /**
     * @param size       the image is size × size
     * @param confidence p inside the predicted object, in (0, 1)
     * @param error      e for RELATIVE_AREA_ERROR, m for MISSED_PIXELS, ignored otherwise
     * @param haze       p outside the predicted object (the background haze), in (0, 1)
     */
    public record Settings(int size, ErrorModel model, double confidence, double error, double haze) {

        /** The symmetric prediction: p = confidence inside, 1 − confidence outside. */
        public Settings(int size, ErrorModel model, double confidence, double error) {
            this(size, model, confidence, error, 1 - confidence);
        }

        public Settings {
            if (!(haze > 0 && haze < 1)) {
                throw new IllegalArgumentException("background haze must be in (0, 1), got " + haze);
            }
            if (size < 2 || size > 1024) {
                throw new IllegalArgumentException("sweep image size must be 2..1024, got " + size);
            }
            if (!(confidence > 0 && confidence < 1)) {
                throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
            }
            if (model == ErrorModel.RELATIVE_AREA_ERROR && !(error >= -1)) {
                throw new IllegalArgumentException("relative area error must be >= -1, got " + error);
            }
            if (model == ErrorModel.MISSED_PIXELS && !(error >= 0)) {
                throw new IllegalArgumentException("missed pixels must be >= 0, got " + error);
            }
        }
    }

    /** Loss values and mean gradient magnitudes on foreground and background, per loss. */
    public record Result(Curves values, Curves foregroundGradient, Curves backgroundGradient) {
    }

    private ImbalanceSweep() {
    }

    /** The masks of one sweep point: GT and predicted logits for foreground fraction {@code fraction}. */
    public static LossInput scene(Settings settings, double fraction) {
        return scene(settings, fraction, centreOrder(settings.size()));
    }

    /** The fraction of foreground pixels of a binary ground truth: where an editor state sits on the x axis. */
    public static double foregroundFraction(Target target) {
        return target.classSum(0) / target.pixels();
    }

    private static LossInput scene(Settings settings, double fraction, int[] order) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("foreground fraction must be in (0, 1], got " + fraction);
        }
        int n = settings.size() * settings.size();
        int objectPixels = (int) Math.max(1, Math.min(n, Math.round(fraction * n)));
        int predictedPixels = switch (settings.model()) {
            case FIXED_CONFIDENCE -> objectPixels;
            case RELATIVE_AREA_ERROR -> (int) Math.max(0, Math.min(n, Math.round(objectPixels * (1 + settings.error()))));
            case MISSED_PIXELS -> (int) Math.max(0, objectPixels - Math.round(settings.error()));
        };
        double[] target = new double[n];
        double inside = Logit.of(settings.confidence());
        double[] logits = new double[n];
        Arrays.fill(logits, Logit.of(settings.haze()));
        for (int r = 0; r < objectPixels; r++) {
            target[order[r]] = 1;
        }
        for (int r = 0; r < predictedPixels; r++) {
            logits[order[r]] = inside;
        }
        return LossInput.of(Tensor.of(new Shape(1, settings.size(), settings.size()), logits),
                Target.binary(settings.size(), settings.size(), target));
    }

    public static Result run(Settings settings, double[] fractions, List<NamedLoss> losses, SweepProgress progress) {
        double[][] values = new double[losses.size()][fractions.length];
        double[][] foreground = new double[losses.size()][fractions.length];
        double[][] background = new double[losses.size()][fractions.length];
        int total = fractions.length * losses.size();
        int done = 0;
        int[] order = centreOrder(settings.size());
        for (int i = 0; i < fractions.length; i++) {
            LossInput input = scene(settings, fractions[i], order);
            for (int l = 0; l < losses.size(); l++) {
                SweepProgress.check(progress);
                LossResult r = losses.get(l).loss().evaluate(input);
                values[l][i] = r.value();
                foreground[l][i] = GradientSplit.foreground(r.gradient(), input.target());
                background[l][i] = GradientSplit.background(r.gradient(), input.target());
                progress.completed(++done, total);
            }
        }
        String x = "foreground fraction";
        return new Result(curves(x, fractions, losses, values), curves(x, fractions, losses, foreground),
                curves(x, fractions, losses, background));
    }

    private static Curves curves(String x, double[] fractions, List<NamedLoss> losses, double[][] y) {
        List<Curves.Series> series = new ArrayList<>();
        for (int l = 0; l < losses.size(); l++) {
            series.add(new Curves.Series(losses.get(l).name(), y[l]));
        }
        return new Curves(x, fractions.clone(), series);
    }

    /** Pixel indices sorted by distance from the centre (ties by index), so any prefix is a digital disc. */
    private static int[] centreOrder(int size) {
        double c = (size - 1) / 2.0;
        return IntStream.range(0, size * size).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> {
                    double dy = i / size - c;
                    double dx = i % size - c;
                    return dx * dx + dy * dy;
                }).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }
}
