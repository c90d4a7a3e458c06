package org.losslens.core.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.losslens.core.activation.Logit;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.Target;
import org.losslens.core.synthesis.PredictionGenerator;
import org.losslens.core.synthesis.PredictionRecipe;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * Losses against one setting of the prediction generator: the same mistake made bigger, one chart.
 * Each x value makes a prediction with {@link PredictionGenerator} from the base recipe with that one
 * setting changed, and every loss is evaluated on it (value, mean |∂L/∂logit| on GT foreground and
 * background pixels, as {@link ImbalanceSweep} does). The boundary-shift lesson is {@link Knob#SHIFT}
 * (region losses barely tell a 1- from a 5-pixel shift apart, boundary losses grow with it); the
 * Dice-instability lesson is {@link Knob#RADIUS} with a one-pixel shift (the same shift costs a tiny
 * object most of its Dice).
 */
public final class GeneratorSweep {

    /** The generator setting on the x axis. */
    public enum Knob {
        /** Horizontal shift dx of the predicted shape, in pixels. */
        SHIFT(true),
        /** Dilation (&gt; 0) or erosion (&lt; 0) radius of the predicted shape, in pixels. */
        GROW(true),
        /** The ground truth becomes a centred disc of this radius (pixels); the recipe is applied to it. */
        RADIUS(false),
        /** p outside the predicted shape (the recipe's confidenceOutside): the background haze. */
        HAZE(false);

        private final boolean whole;

        Knob(boolean whole) {
            this.whole = whole;
        }

        /** True when the setting is a whole number of pixels (the values are rounded, duplicates dropped). */
        public boolean whole() {
            return whole;
        }
    }

    /** Loss values and mean gradient magnitudes on GT foreground and background, per loss. */
    public record Result(Curves values, Curves foregroundGradient, Curves backgroundGradient) {
    }

    private GeneratorSweep() {
    }

    /** The masks at one x value: the ground truth (a disc for RADIUS) and the generated prediction's logits. */
    public static LossInput scene(int height, int width, double[] groundTruth, PredictionRecipe base, Knob knob,
                                  double value) {
        if (groundTruth.length != height * width) {
            throw new IllegalArgumentException(height + "x" + width + " needs " + height * width + " GT values");
        }
        double[] truth = knob == Knob.RADIUS ? disc(height, width, value) : groundTruth;
        PredictionRecipe recipe = switch (knob) {
            case SHIFT -> base.withShift((int) Math.rint(value), base.dy());
            case GROW -> base.withGrowRadius((int) Math.rint(value));
            case RADIUS -> base;
            case HAZE -> base.withConfidence(base.confidenceInside(), value);
        };
        double[] p = PredictionGenerator.generate(height, width, truth, recipe);
        double[] logits = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            logits[i] = Logit.ofClamped(p[i]);
        }
        return LossInput.of(Tensor.of(new Shape(1, height, width), logits), Target.binary(height, width, truth));
    }

    /** The x values a knob is evaluated at: whole-pixel knobs at the distinct whole numbers nearest. */
    public static double[] positions(Knob knob, double[] values) {
        return knob.whole() ? Arrays.stream(values).map(Math::rint).distinct().toArray() : values.clone();
    }

    public static Result run(int height, int width, double[] groundTruth, PredictionRecipe base, Knob knob,
                             double[] values, List<NamedLoss> losses, SweepProgress progress) {
        double[] x = positions(knob, values);
        double[][] value = new double[losses.size()][x.length];
        double[][] foreground = new double[losses.size()][x.length];
        double[][] background = new double[losses.size()][x.length];
        int total = x.length * losses.size();
        int done = 0;
        for (int i = 0; i < x.length; i++) {
            SweepProgress.check(progress);
            LossInput input = scene(height, width, groundTruth, base, knob, x[i]);
            for (int l = 0; l < losses.size(); l++) {
                SweepProgress.check(progress);
                LossResult r = losses.get(l).loss().evaluate(input);
                value[l][i] = r.value();
                foreground[l][i] = GradientSplit.foreground(r.gradient(), input.target());
                background[l][i] = GradientSplit.background(r.gradient(), input.target());
                progress.completed(++done, total);
            }
        }
        String name = knob.name().toLowerCase(java.util.Locale.ROOT);
        return new Result(curves(name, x, losses, value), curves(name, x, losses, foreground),
                curves(name, x, losses, background));
    }

    private static Curves curves(String x, double[] xs, List<NamedLoss> losses, double[][] y) {
        List<Curves.Series> series = new ArrayList<>();
        for (int l = 0; l < losses.size(); l++) {
            series.add(new Curves.Series(losses.get(l).name(), y[l]));
        }
        return new Curves(x, xs, series);
    }

    /** A centred digital disc: pixels whose centre lies within {@code radius} of the image centre. */
    static double[] disc(int height, int width, double radius) {
        double cy = (height - 1) / 2.0;
        double cx = (width - 1) / 2.0;
        double[] d = new double[height * width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dy = y - cy;
                double dx = x - cx;
                d[y * width + x] = dx * dx + dy * dy <= radius * radius ? 1 : 0;
            }
        }
        return d;
    }
}
