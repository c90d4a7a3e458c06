package org.losslens.core.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.losslens.core.activation.Elementwise;
import org.junit.jupiter.api.Test;

/**
 * The soft skeleton's pooling passes against their definition (a minimum over the cross, a maximum
 * over the 3×3 window, out-of-image pixels ignored), on the path in use (the Vector API in these test
 * runs) and the scalar one, bit for bit: sizes narrower and wider than a vector, ties, ±0 and NaN.
 */
class PoolingTest {

    private static final int[][] SIZES = {{1, 1}, {1, 7}, {7, 1}, {2, 2}, {3, 5}, {5, 13}, {37, 64}, {64, 37}};

    /** The definition's value at (r, c) of an h × w image. */
    private interface Definition {
        double at(double[] image, int h, int w, int r, int c);
    }

    /** One pass of the pooling into {@code out}, on the Vector API path or the scalar one. */
    private interface Pass {
        void run(double[] image, double[] out, int h, int w, boolean vector);
    }

    @Test
    void theVectorPathIsInUse() {
        assertTrue(Elementwise.vectorised(), "the Vector API path should run in the tests");
    }

    @Test
    void erosionIsTheMinimumOverTheCrossOnBothPaths() {
        check(3, (image, h, w, r, c) -> {
            double m = image[r * w + c];
            int[][] cross = {{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}};
            for (int[] q : cross) {
                if (q[0] >= 0 && q[0] < h && q[1] >= 0 && q[1] < w) {
                    m = Math.min(m, image[q[0] * w + q[1]]);
                }
            }
            return m;
        }, Pooling::erode);
    }

    @Test
    void dilationIsTheMaximumOverTheWindowOnBothPaths() {
        check(4, (image, h, w, r, c) -> {
            double m = Double.NEGATIVE_INFINITY;
            for (int dr = Math.max(r - 1, 0); dr <= Math.min(r + 1, h - 1); dr++) {
                for (int dc = Math.max(c - 1, 0); dc <= Math.min(c + 1, w - 1); dc++) {
                    m = Math.max(m, image[dr * w + dc]);
                }
            }
            return m;
        }, (image, out, h, w, vector) -> Pooling.dilate(image, new double[h * w], out, h, w, vector));
    }

    private static void check(long seed, Definition definition, Pass pass) {
        Random rng = new Random(seed);
        for (int[] size : SIZES) {
            int h = size[0];
            int w = size[1];
            double[] image = image(rng, h * w);
            double[] expected = new double[h * w];
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    expected[r * w + c] = definition.at(image, h, w, r, c);
                }
            }
            for (boolean vector : new boolean[] {true, false}) {
                double[] out = new double[h * w];
                pass.run(image, out, h, w, vector);
                assertArrayEquals(expected, out, h + "x" + w + (vector ? " vector" : " scalar"));
            }
        }
    }

    /** Values on a coarse grid (many ties), with −0 beside +0 and the odd NaN. */
    private static double[] image(Random rng, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            int k = rng.nextInt(8);
            x[i] = k == 0 ? -0.0 : k == 1 ? 0.0 : k / 8.0;
        }
        if (n > 20) {
            x[rng.nextInt(n)] = Double.NaN;
        }
        return x;
    }
}
