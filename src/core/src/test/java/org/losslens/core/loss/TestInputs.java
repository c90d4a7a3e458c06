package org.losslens.core.loss;

import java.util.Random;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/** Small random and degenerate inputs for loss tests. */
public final class TestInputs {

    public static final int HEIGHT = 5;
    public static final int WIDTH = 6;
    public static final int CLASSES = 3;

    private TestInputs() {
    }

    /** Random logits ~ N(0, 1.5²) of the given channel count. */
    public static Tensor randomLogits(Random random, int channels) {
        Shape shape = new Shape(channels, HEIGHT, WIDTH);
        double[] x = new double[shape.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = 1.5 * random.nextGaussian();
        }
        return Tensor.of(shape, x);
    }

    /** A hard binary target with both classes present. */
    public static Target randomHardBinary(Random random) {
        double[] t = new double[HEIGHT * WIDTH];
        for (int i = 0; i < t.length; i++) {
            t[i] = random.nextDouble() < 0.4 ? 1 : 0;
        }
        t[0] = 1;
        t[1] = 0;
        return Target.binary(HEIGHT, WIDTH, t);
    }

    /** A soft binary target with values in (0, 1). */
    public static Target randomSoftBinary(Random random) {
        double[] t = new double[HEIGHT * WIDTH];
        for (int i = 0; i < t.length; i++) {
            t[i] = random.nextDouble();
        }
        return Target.binary(HEIGHT, WIDTH, t);
    }

    /** Random labels 0..CLASSES−1 with every class present. */
    public static Target randomLabels(Random random) {
        int[] labels = new int[HEIGHT * WIDTH];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = random.nextInt(CLASSES);
        }
        for (int c = 0; c < CLASSES; c++) {
            labels[c] = c;
        }
        return Target.labels(CLASSES, HEIGHT, WIDTH, labels);
    }

    /** A binary target filled with one value. */
    public static Target constantBinary(double value) {
        double[] t = new double[HEIGHT * WIDTH];
        java.util.Arrays.fill(t, value);
        return Target.binary(HEIGHT, WIDTH, t);
    }

    /** A binary target with a single foreground pixel in the middle. */
    public static Target onePixelBinary() {
        double[] t = new double[HEIGHT * WIDTH];
        t[(HEIGHT / 2) * WIDTH + WIDTH / 2] = 1;
        return Target.binary(HEIGHT, WIDTH, t);
    }

    /** Every pixel labelled {@code label}. */
    public static Target constantLabels(int label) {
        int[] labels = new int[HEIGHT * WIDTH];
        java.util.Arrays.fill(labels, label);
        return Target.labels(CLASSES, HEIGHT, WIDTH, labels);
    }

    /** Logits all equal to {@code value}. */
    public static Tensor constantLogits(int channels, double value) {
        Shape shape = new Shape(channels, HEIGHT, WIDTH);
        double[] x = new double[shape.size()];
        java.util.Arrays.fill(x, value);
        return Tensor.of(shape, x);
    }

    /** Logits of ±magnitude at random. */
    public static Tensor extremeLogits(Random random, int channels, double magnitude) {
        Shape shape = new Shape(channels, HEIGHT, WIDTH);
        double[] x = new double[shape.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextBoolean() ? magnitude : -magnitude;
        }
        return Tensor.of(shape, x);
    }
}
