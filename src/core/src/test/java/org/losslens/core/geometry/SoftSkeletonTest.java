package org.losslens.core.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** MONAI's soft skeleton and its backward pass over the recorded min/max selections. */
class SoftSkeletonTest {

    @Test
    void anAllOnesImageIsNeverErodedSoItsSkeletonIsZero() {
        double[] ones = new double[6 * 7];
        java.util.Arrays.fill(ones, 1.0);
        assertArrayEquals(new double[ones.length], SoftSkeleton.of(ones, 6, 7, 3).skeleton(), 0.0);
    }

    @Test
    void aOnePixelLineIsItsOwnSkeleton() {
        double[] line = new double[5 * 8];
        for (int c = 1; c < 7; c++) {
            line[2 * 8 + c] = 1;
        }
        assertArrayEquals(line, SoftSkeleton.of(line, 5, 8, 2).skeleton(), 0.0);
    }

    @Test
    void zeroIterationsIsTheResidueOfOneOpening() {
        double[] image = {0.2, 0.9, 0.1, 0.4, 0.8, 0.3, 0.5, 0.7, 0.6};
        // erode over the cross, then dilate over 3×3, by hand for the centre: erosions are
        // [0.2, 0.1, 0.1, 0.2, 0.3, 0.3, 0.4, 0.5, 0.3], their 3×3 maximum at the centre 0.5; 0.8 − 0.5
        assertEquals(0.3, SoftSkeleton.of(image, 3, 3, 0).get(4), 1e-15);
    }

    @Test
    void theUntracedSkeletonEqualsTheTracedOneExactly() {
        Random random = new Random(11);
        int[][] sizes = {{1, 1}, {1, 7}, {6, 1}, {2, 2}, {9, 11}, {32, 17}};
        for (int[] size : sizes) {
            for (int iterations : new int[] {0, 1, 3, 5}) {
                for (boolean quantised : new boolean[] {false, true}) {
                    double[] image = new double[size[0] * size[1]];
                    for (int i = 0; i < image.length; i++) {
                        // quantised values tie often, as one-hot masks do
                        image[i] = quantised ? random.nextInt(3) / 2.0 : random.nextDouble();
                    }
                    assertArrayEquals(SoftSkeleton.of(image, size[0], size[1], iterations).skeleton(),
                            SoftSkeleton.values(image, size[0], size[1], iterations), 0.0,
                            size[0] + "x" + size[1] + ", iterations " + iterations + ", quantised " + quantised);
                }
            }
        }
    }

    @Test
    void theVectorAndScalarTracesMakeTheSameSelections() {
        Random random = new Random(5);
        int[][] sizes = {{3, 3}, {4, 10}, {5, 20}, {16, 13}, {33, 70}};
        for (int[] size : sizes) {
            int h = size[0];
            int w = size[1];
            for (boolean quantised : new boolean[] {false, true}) {
                double[] image = new double[h * w];
                double[] weight = new double[h * w];
                for (int i = 0; i < image.length; i++) {
                    // quantised: ties between the vertical and horizontal minima on most pixels
                    image[i] = quantised ? random.nextInt(3) / 2.0 : random.nextDouble();
                    weight[i] = random.nextGaussian();
                }
                String where = h + "x" + w + ", quantised " + quantised;
                SoftSkeleton vector = SoftSkeleton.of(image, h, w, 3, true);
                SoftSkeleton scalar = SoftSkeleton.of(image, h, w, 3, false);
                assertArrayEquals(scalar.skeleton(), vector.skeleton(), 0.0, where);
                assertArrayEquals(scalar.backpropagate(weight), vector.backpropagate(weight), 0.0, where);
            }
        }
    }

    @Test
    void backpropagationEqualsCentralDifferences() {
        Random random = new Random(7);
        int h = 9;
        int w = 11;
        for (int iterations : new int[] {0, 1, 3, 6}) {
            double[] image = new double[h * w];
            double[] weights = new double[h * w];
            for (int i = 0; i < image.length; i++) {
                image[i] = random.nextDouble();
                weights[i] = random.nextGaussian();
            }
            double[] analytic = SoftSkeleton.of(image, h, w, iterations).backpropagate(weights);
            double step = 1e-7;
            for (int i = 0; i < image.length; i++) {
                double saved = image[i];
                image[i] = saved + step;
                double up = dot(weights, SoftSkeleton.of(image, h, w, iterations).skeleton());
                image[i] = saved - step;
                double down = dot(weights, SoftSkeleton.of(image, h, w, iterations).skeleton());
                image[i] = saved;
                assertEquals((up - down) / (2 * step), analytic[i], 1e-6, "iterations " + iterations + ", pixel " + i);
            }
        }
    }

    @Test
    void aReusedWorkspaceAndConcurrentPassesOverOneTraceGiveTheFreshResult() throws Exception {
        Random random = new Random(11);
        int h = 16;
        int w = 13;
        double[] image = new double[h * w];
        for (int i = 0; i < image.length; i++) {
            // few distinct values: many ties between the vertical and horizontal minima
            image[i] = random.nextInt(4) / 4.0;
        }
        SoftSkeleton trace = SoftSkeleton.of(image, h, w, 3);
        double[][] weights = new double[8][h * w];
        double[][] fresh = new double[weights.length][];
        for (int k = 0; k < weights.length; k++) {
            for (int i = 0; i < h * w; i++) {
                weights[k][i] = random.nextGaussian();
            }
            fresh[k] = SoftSkeleton.of(image, h, w, 3).backpropagate(weights[k]);
        }
        SoftSkeleton.Workspace reused = new SoftSkeleton.Workspace(h * w);
        for (int k = 0; k < weights.length; k++) {
            assertArrayEquals(fresh[k], trace.backpropagate(weights[k], reused), 0.0, "pass " + k);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<double[]>> passes = new java.util.ArrayList<>();
            for (int round = 0; round < 50; round++) {
                double[] weight = weights[round % weights.length];
                passes.add(pool.submit(() -> trace.backpropagate(weight, new SoftSkeleton.Workspace(h * w)).clone()));
            }
            for (int round = 0; round < passes.size(); round++) {
                assertArrayEquals(fresh[round % weights.length], passes.get(round).get(), 0.0, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
