package org.losslens.cli.bench;

import java.util.Random;
import org.losslens.core.loss.Mode;
import org.losslens.core.tensor.Shape;

/**
 * Deterministic built-in benchmark inputs shaped like the reference benchmark's
 * ({@code shared/refbench/bench_reference.py}): binary, a disc of radius 0.3·n with noisy logits;
 * multiclass, a label map of a disc, a square and a ring with noisy logits favouring the true label.
 */
final class BenchInputs {

    private BenchInputs() {
    }

    static Workload binary(int size, long seed) {
        Random random = new Random(seed);
        double[] t = new double[size * size];
        double[] x = new double[size * size];
        for (int y = 0; y < size; y++) {
            for (int c = 0; c < size; c++) {
                int i = y * size + c;
                t[i] = disc(size, y, c, 0.3) ? 1 : 0;
                x[i] = (t[i] * 2 - 1) * 2 + random.nextGaussian() * 1.5;
            }
        }
        return new Workload(Mode.BINARY, new Shape(1, size, size), x, t);
    }

    static Workload multiclass(int size, int classes, long seed) {
        Random random = new Random(seed);
        int n = size * size;
        double[] labels = new double[n];
        double[] x = new double[classes * n];
        for (int y = 0; y < size; y++) {
            for (int c = 0; c < size; c++) {
                int i = y * size + c;
                int label = 0;
                if (classes > 1 && disc(size, y, c, 0.3)) {
                    label = 1;
                }
                if (classes > 2 && y < size / 3 && c < size / 3) {
                    label = 2;
                }
                if (classes > 3 && ring(size, y, c)) {
                    label = 3;
                }
                labels[i] = label;
                for (int k = 0; k < classes; k++) {
                    x[k * n + i] = (k == label ? 2 : 0) + random.nextGaussian() * 1.5;
                }
            }
        }
        return new Workload(Mode.MULTICLASS, new Shape(classes, size, size), x, labels);
    }

    private static boolean disc(int size, int y, int x, double radiusFraction) {
        double r = radiusFraction * size;
        return squaredDistanceFromCentre(size, y, x) <= r * r;
    }

    private static boolean ring(int size, int y, int x) {
        double d2 = squaredDistanceFromCentre(size, y, x);
        return d2 <= 0.45 * 0.45 * size * size && d2 >= 0.38 * 0.38 * size * size;
    }

    private static double squaredDistanceFromCentre(int size, int y, int x) {
        double dy = y - size / 2.0;
        double dx = x - size / 2.0;
        return dx * dx + dy * dy;
    }
}
