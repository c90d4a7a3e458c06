package org.losslens.core.loss.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/** Inputs and checks shared by the tests of the distance-based (geometry) losses. */
public final class GeometryLossChecks {

    /** Central-difference step; random logits keep at least 20 steps away from 0. */
    static final double STEP = 1e-5;

    private GeometryLossChecks() {
    }

    /** A hard binary target: a random ellipse with a few flipped pixels, neither empty nor full. */
    public static Target randomTarget(Random random, int h, int w) {
        double cy = h * (0.3 + 0.4 * random.nextDouble());
        double cx = w * (0.3 + 0.4 * random.nextDouble());
        double ry = h * (0.15 + 0.2 * random.nextDouble());
        double rx = w * (0.15 + 0.2 * random.nextDouble());
        double[] t = new double[h * w];
        for (int i = 0; i < t.length; i++) {
            double dy = (i / w - cy) / ry;
            double dx = (i % w - cx) / rx;
            boolean inside = dy * dy + dx * dx <= 1;
            t[i] = inside ^ random.nextDouble() < 0.05 ? 1 : 0;
        }
        t[0] = 0;
        t[(int) cy * w + (int) cx] = 1;
        return Target.binary(h, w, t);
    }

    /**
     * Logits that mostly agree with the target, each with |x| in [0.05, 3] (never within a
     * finite-difference step of 0, so thresholding at p = 0.5 cannot flip during the check).
     */
    public static Tensor randomLogits(Random random, Target t) {
        double[] x = new double[t.pixels()];
        for (int i = 0; i < x.length; i++) {
            double magnitude = 0.05 + 2.95 * random.nextDouble();
            boolean positive = (t.oneHot(i) == 1) ^ random.nextDouble() < 0.25;
            x[i] = positive ? magnitude : -magnitude;
        }
        return Tensor.of(new Shape(1, t.height(), t.width()), x);
    }

    public static Tensor constant(Target t, double logit) {
        double[] x = new double[t.pixels()];
        Arrays.fill(x, logit);
        return Tensor.of(new Shape(1, t.height(), t.width()), x);
    }

    public static double value(Loss loss, Tensor logits, Target t) {
        return loss.evaluate(LossInput.of(logits, t)).value();
    }

    /** Compares the analytic gradient with central differences of the loss value, coordinate by coordinate. */
    public static void assertGradientMatchesCentralDifferences(Loss loss, Tensor logits, Target t) {
        LossResult analytic = loss.evaluate(LossInput.of(logits, t));
        double[] x = logits.toArray();
        double[] numeric = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            double saved = x[k];
            x[k] = saved + STEP;
            double plus = value(loss, Tensor.of(logits.shape(), x), t);
            x[k] = saved - STEP;
            double minus = value(loss, Tensor.of(logits.shape(), x), t);
            x[k] = saved;
            numeric[k] = (plus - minus) / (2 * STEP);
        }
        double scale = Math.max(1e-3, Arrays.stream(numeric).map(Math::abs).max().orElse(0));
        for (int k = 0; k < x.length; k++) {
            assertEquals(numeric[k], analytic.gradient().get(k), 1e-6 * scale, "d/dx at " + k);
        }
    }

    /** Value and gradient are finite; the gradient is accumulated (scaled, added) as the Loss contract says. */
    public static LossResult assertFiniteAndAccumulating(Loss loss, Tensor logits, Target t) {
        LossInput input = LossInput.of(logits, t);
        LossResult result = loss.evaluate(input);
        assertTrue(Double.isFinite(result.value()), "value " + result.value());
        assertTrue(result.gradient().isFinite(), "gradient not finite");
        double[] accumulated = new double[logits.size()];
        Arrays.fill(accumulated, 1.0);
        double value = loss.accumulate(input, 0.5, accumulated);
        assertEquals(result.value(), value, 0.0);
        for (int k = 0; k < accumulated.length; k++) {
            assertEquals(1.0 + 0.5 * result.gradient().get(k), accumulated[k], 1e-12 * (1 + Math.abs(accumulated[k])));
        }
        return result;
    }

    /** Empty GT, full GT, a one-pixel object, each against logits of −1e4, +1e4, 0 and random ±1e4. */
    public static void assertFiniteOnDegenerateInputs(Loss loss) {
        int h = 6;
        int w = 7;
        double[] empty = new double[h * w];
        double[] full = new double[h * w];
        Arrays.fill(full, 1);
        double[] onePixel = new double[h * w];
        onePixel[2 * w + 3] = 1;
        double[] corner = new double[h * w];
        corner[0] = 1;
        Random random = new Random(99);
        double[] mixed = new double[h * w];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = random.nextBoolean() ? 1e4 : -1e4;
        }
        for (double[] gt : new double[][] {empty, full, onePixel, corner}) {
            Target t = Target.binary(h, w, gt);
            for (double logit : new double[] {-1e4, 1e4, 0}) {
                assertFiniteAndAccumulating(loss, constant(t, logit), t);
            }
            assertFiniteAndAccumulating(loss, Tensor.of(new Shape(1, h, w), mixed), t);
        }
    }
}
