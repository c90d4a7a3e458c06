package org.losslens.cli.bench;

import java.util.Random;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * Deterministic benchmark inputs that look like real work: a disc (binary) or nested discs
 * (multiclass) as ground truth, and noisy logits that roughly agree with it.
 */
final class BenchInputs {

    private BenchInputs() {
    }

    static LossInput binary(int size, long seed) {
        Random random = new Random(seed);
        double[] t = new double[size * size];
        double[] x = new double[size * size];
        for (int y = 0; y < size; y++) {
            for (int c = 0; c < size; c++) {
                int i = y * size + c;
                t[i] = inside(size, y, c, 0.3) ? 1 : 0;
                x[i] = (t[i] * 2 - 1) * 2 + random.nextGaussian() * 1.5;
            }
        }
        return LossInput.of(Tensor.of(new Shape(1, size, size), x), Target.binary(size, size, t));
    }

    static LossInput multiclass(int size, int classes, long seed) {
        Random random = new Random(seed);
        int n = size * size;
        int[] labels = new int[n];
        double[] x = new double[classes * n];
        for (int y = 0; y < size; y++) {
            for (int c = 0; c < size; c++) {
                int i = y * size + c;
                int label = 0;
                for (int k = 1; k < classes; k++) {
                    if (inside(size, y, c, 0.4 - 0.3 * (k - 1) / Math.max(1, classes - 1))) {
                        label = k;
                    }
                }
                labels[i] = label;
                for (int k = 0; k < classes; k++) {
                    x[k * n + i] = (k == label ? 2 : 0) + random.nextGaussian() * 1.5;
                }
            }
        }
        return LossInput.of(Tensor.of(new Shape(classes, size, size), x), Target.labels(classes, size, size, labels));
    }

    private static boolean inside(int size, int y, int x, double radiusFraction) {
        double dy = y - size / 2.0;
        double dx = x - size / 2.0;
        double r = radiusFraction * size;
        return dx * dx + dy * dy <= r * r;
    }
}
