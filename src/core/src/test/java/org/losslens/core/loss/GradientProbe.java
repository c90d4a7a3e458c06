package org.losslens.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * Small test helpers for single losses: random inputs, a central finite-difference check of the
 * analytic gradient, and finiteness checks. (Not a test class itself.)
 */
public final class GradientProbe {

    private GradientProbe() {
    }

    /** Random logits of N(0, spread²), as a tensor of shape (channels, height, width). */
    public static Tensor randomLogits(Random rng, int channels, int height, int width, double spread) {
        Shape shape = new Shape(channels, height, width);
        double[] x = new double[shape.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = spread * rng.nextGaussian();
        }
        return Tensor.of(shape, x);
    }

    /** A hard binary target with foreground probability {@code foreground}. */
    public static Target randomBinaryTarget(Random rng, int height, int width, double foreground) {
        double[] t = new double[height * width];
        for (int i = 0; i < t.length; i++) {
            t[i] = rng.nextDouble() < foreground ? 1 : 0;
        }
        return Target.binary(height, width, t);
    }

    /** A soft binary target, uniform in [0, 1]. */
    public static Target randomSoftTarget(Random rng, int height, int width) {
        double[] t = new double[height * width];
        for (int i = 0; i < t.length; i++) {
            t[i] = rng.nextDouble();
        }
        return Target.binary(height, width, t);
    }

    /** Uniform random labels 0..classes−1. */
    public static Target randomLabels(Random rng, int classes, int height, int width) {
        int[] labels = new int[height * width];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = rng.nextInt(classes);
        }
        return Target.labels(classes, height, width, labels);
    }

    /** A binary target filled with one value. */
    public static Target constantBinary(int height, int width, double value) {
        double[] t = new double[height * width];
        java.util.Arrays.fill(t, value);
        return Target.binary(height, width, t);
    }

    /** Logits all equal to {@code value}. */
    public static Tensor constantLogits(int channels, int height, int width, double value) {
        Shape shape = new Shape(channels, height, width);
        double[] x = new double[shape.size()];
        java.util.Arrays.fill(x, value);
        return Tensor.of(shape, x);
    }

    /**
     * Checks every component of the analytic gradient against the central difference
     * (L(x + h·e_k) − L(x − h·e_k)) / 2h, to {@code tolerance}·max(1, max|gradient|).
     */
    public static void assertGradient(Loss loss, Tensor logits, Target target, double step, double tolerance) {
        LossResult analytic = loss.evaluate(LossInput.of(logits, target));
        double[] x = logits.toArray();
        double scale = Math.max(1, analytic.gradient().maxAbs());
        for (int k = 0; k < x.length; k++) {
            double saved = x[k];
            x[k] = saved + step;
            double plus = loss.evaluate(LossInput.of(Tensor.of(logits.shape(), x), target)).value();
            x[k] = saved - step;
            double minus = loss.evaluate(LossInput.of(Tensor.of(logits.shape(), x), target)).value();
            x[k] = saved;
            double numeric = (plus - minus) / (2 * step);
            assertEquals(numeric, analytic.gradient().get(k), tolerance * scale,
                    "d/dx[" + k + "]: finite difference " + numeric + " vs analytic " + analytic.gradient().get(k));
        }
    }

    /** The usual check: h = 1e-6, tolerance 1e-6. */
    public static void assertGradient(Loss loss, Tensor logits, Target target) {
        assertGradient(loss, logits, target, 1e-6, 1e-6);
    }

    /** Value and gradient are finite; returns the result. */
    public static LossResult assertFinite(Loss loss, Tensor logits, Target target) {
        LossResult r = loss.evaluate(LossInput.of(logits, target));
        assertTrue(Double.isFinite(r.value()), "value is " + r.value());
        assertTrue(r.gradient().isFinite(), "gradient is not finite");
        return r;
    }

    /**
     * accumulate(…, scale, g) must ADD scale·∂L/∂x to g and return the unscaled value.
     */
    public static void assertAccumulates(Loss loss, Tensor logits, Target target) {
        LossInput input = LossInput.of(logits, target);
        LossResult once = loss.evaluate(input);
        double[] g = new double[logits.size()];
        java.util.Arrays.fill(g, 0.5);
        double value = loss.accumulate(input, 3.0, g);
        assertEquals(once.value(), value, 1e-12 * Math.max(1, Math.abs(value)));
        for (int k = 0; k < g.length; k++) {
            assertEquals(0.5 + 3.0 * once.gradient().get(k), g[k], 1e-12 * Math.max(1, Math.abs(g[k])));
        }
    }
}
