package org.losslens.core.synthesis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PredictionGeneratorTest {

    private static final int N = 32;

    private static double[] disc(double cx, double cy, double r) {
        BinaryRaster b = new BinaryRaster(N, N);
        b.fillDisc(cx, cy, r);
        double[] v = new double[N * N];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.get(i) ? 1 : 0;
        }
        return v;
    }

    private static int countAbove(double[] p, double threshold) {
        int n = 0;
        for (double v : p) {
            n += v >= threshold ? 1 : 0;
        }
        return n;
    }

    @Test
    void defaultRecipeIsTheGroundTruthAtItsConfidences() {
        double[] gt = disc(16, 16, 5);
        double[] p = PredictionGenerator.generate(N, N, gt, PredictionRecipe.defaults());
        for (int i = 0; i < p.length; i++) {
            assertEquals(gt[i] == 1 ? 0.9 : 0.1, p[i], 0);
        }
    }

    @Test
    void shiftMovesTheShape() {
        double[] gt = disc(10, 10, 3);
        double[] p = PredictionGenerator.generate(N, N, gt, PredictionRecipe.defaults().withShift(5, -2));
        assertArrayEquals(disc(15, 8, 3), threshold(p));
    }

    @Test
    void dilationGrowsAndErosionShrinks() {
        double[] gt = disc(16, 16, 6);
        int base = countAbove(gt, 0.5);
        int grown = countAbove(PredictionGenerator.generate(N, N, gt, PredictionRecipe.defaults().withGrowRadius(2)), 0.5);
        int shrunk = countAbove(PredictionGenerator.generate(N, N, gt, PredictionRecipe.defaults().withGrowRadius(-2)), 0.5);
        assertTrue(grown > base && shrunk < base, base + " " + grown + " " + shrunk);
        double[] grownMask = threshold(PredictionGenerator.generate(N, N, gt, PredictionRecipe.defaults().withGrowRadius(2)));
        double[] inner = disc(16, 16, 7);
        double[] outer = disc(16, 16, 8.5);
        for (int i = 0; i < grownMask.length; i++) {
            assertTrue(inner[i] <= grownMask[i] && grownMask[i] <= outer[i], "pixel " + i);
        }
    }

    @Test
    void blurKeepsConstantsAndSoftensEdges() {
        double[] flat = new double[N * N];
        java.util.Arrays.fill(flat, 0.3);
        double[] blurred = GaussianBlur.blur(N, N, flat, 2.0);
        for (double v : blurred) {
            assertEquals(0.3, v, 1e-12);
        }
        double[] p = PredictionGenerator.generate(N, N, disc(16, 16, 6), PredictionRecipe.defaults().withBlurSigma(1.5));
        assertTrue(p[16 * N + 16] > 0.85 && p[16 * N + 22] < 0.9 && p[16 * N + 22] > 0.1);
    }

    @Test
    void noiseIsReproducibleBySeedAndClamped() {
        double[] gt = disc(16, 16, 6);
        PredictionRecipe noisy = PredictionRecipe.defaults().withNoise(0.5, 42);
        double[] a = PredictionGenerator.generate(N, N, gt, noisy);
        assertArrayEquals(a, PredictionGenerator.generate(N, N, gt, noisy));
        assertNotEquals(a[0], PredictionGenerator.generate(N, N, gt, noisy.withNoise(0.5, 43))[0]);
        for (double v : a) {
            assertTrue(v >= 0 && v <= 1);
        }
    }

    @Test
    void dropRemovesTheSmallestObjectFirst() {
        double[] gt = disc(8, 8, 4);
        double[] small = disc(25, 25, 1.5);
        for (int i = 0; i < gt.length; i++) {
            gt[i] = Math.max(gt[i], small[i]);
        }
        double[] p = PredictionGenerator.generate(N, N, gt, PredictionRecipe.defaults().withDroppedComponents(1));
        assertArrayEquals(disc(8, 8, 4), threshold(p));
        double[] none = PredictionGenerator.generate(N, N, gt, PredictionRecipe.defaults().withDroppedComponents(5));
        assertEquals(0, countAbove(none, 0.5));
    }

    @Test
    void falsePositiveBlobsLandOutsideTheTruth() {
        double[] gt = disc(16, 16, 4);
        double[] p = PredictionGenerator.generate(N, N, gt, PredictionRecipe.defaults().withFalsePositiveBlobs(2));
        int extra = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] >= 0.5 && gt[i] == 0) {
                extra++;
            }
        }
        assertTrue(extra > 0);
        assertEquals(countAbove(gt, 0.5) + extra, countAbove(p, 0.5));
    }

    @Test
    void componentsAreEightConnected() {
        BinaryRaster r = new BinaryRaster(4, 4);
        r.set(0, 0, true);
        r.set(1, 1, true);
        r.set(3, 3, true);
        Components c = Components.of(r);
        assertEquals(2, c.count());
        assertEquals(2, c.sizes()[1]);
        assertEquals(2, c.smallest());
    }

    @Test
    void recipeRejectsImpossibleValues() {
        assertThrows(IllegalArgumentException.class, () -> PredictionRecipe.defaults().withConfidence(1.2, 0));
        assertThrows(IllegalArgumentException.class, () -> PredictionRecipe.defaults().withBlurSigma(-1));
        assertThrows(IllegalArgumentException.class, () -> PredictionRecipe.defaults().withNoise(Double.NaN, 0));
    }

    private static double[] threshold(double[] p) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i] >= 0.5 ? 1 : 0;
        }
        return out;
    }
}
