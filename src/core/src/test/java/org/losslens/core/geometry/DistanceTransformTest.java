package org.losslens.core.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistanceTransformTest {

    /** O(N²) reference: the distance from every pixel to the nearest feature pixel, +∞ if none. */
    static double[] bruteForceToNearest(Mask features) {
        int h = features.height();
        int w = features.width();
        double[] d = new double[h * w];
        for (int i = 0; i < d.length; i++) {
            long best = Long.MAX_VALUE;
            for (int j = 0; j < d.length; j++) {
                if (features.contains(j)) {
                    long dy = i / w - j / w;
                    long dx = i % w - j % w;
                    best = Math.min(best, dy * dy + dx * dx);
                }
            }
            d[i] = best == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : Math.sqrt(best);
        }
        return d;
    }

    static Mask random(Random random, int h, int w, double density) {
        return Mask.of(h, w, i -> random.nextDouble() < density);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1,1", "1,17", "23,1", "2,2", "5,9", "16,16", "31,12", "7,40"})
    void matchesBruteForceExactlyOnRandomMasks(int h, int w) {
        Random random = new Random(31L * h + w);
        for (double density : new double[] {0.02, 0.1, 0.5, 0.9, 0.98}) {
            for (int trial = 0; trial < 5; trial++) {
                Mask s = random(random, h, w, density);
                assertArrayEquals(bruteForceToNearest(s), DistanceTransform.toNearest(s).toArray(), 0.0,
                        "toNearest " + s);
                assertArrayEquals(bruteForceToNearest(s.complement()), DistanceTransform.inside(s).toArray(), 0.0,
                        "inside " + s);
                assertArrayEquals(across(s, bruteForceToNearest(s), bruteForceToNearest(s.complement())),
                        DistanceTransform.acrossBoundary(s).toArray(), 0.0, "acrossBoundary " + s);
            }
        }
    }

    /** EDT(m) + EDT(not m) from the two one-sided transforms: +∞ for an empty or full mask. */
    private static double[] across(Mask s, double[] toFeatures, double[] toComplement) {
        double[] across = new double[toFeatures.length];
        for (int i = 0; i < across.length; i++) {
            across[i] = s.isEmpty() || s.isFull() ? Double.POSITIVE_INFINITY
                    : s.contains(i) ? toComplement[i] : toFeatures[i];
        }
        return across;
    }

    @Test
    void acrossBoundaryIsExactOnNoisyBlobs() {
        // Discs with a speckle of flipped pixels: long runs with far-off interiors next to runs of a
        // few pixels, so the row pass meets both its direct search and its envelope in one line.
        Random random = new Random(4096);
        for (double flip : new double[] {0.0, 0.02, 0.2}) {
            Mask s = Mask.of(48, 70, i -> {
                double dy = i / 70 - 20.5;
                double dx = i % 70 - 37.0;
                boolean disc = dx * dx + dy * dy <= 18 * 18 || (i % 70 < 9 && i / 70 > 30);
                return disc != random.nextDouble() < flip;
            });
            assertArrayEquals(across(s, bruteForceToNearest(s), bruteForceToNearest(s.complement())),
                    DistanceTransform.acrossBoundary(s).toArray(), 0.0, "acrossBoundary " + s);
        }
    }

    @Test
    void acrossBoundaryIsExactOnStripesLonePixelsAndRunsTouchingTheEdges() {
        // Runs of one pixel, runs reaching the image's edges and runs whose nearest other-kind pixel
        // is in another row: the cases the row pass treats apart.
        Mask[] masks = {
            Mask.of(1, 7, i -> i % 2 == 0),
            Mask.of(1, 7, i -> i == 3),
            Mask.of(1, 7, i -> i != 0),
            Mask.of(5, 6, i -> i / 6 == 2),
            Mask.of(5, 6, i -> i % 6 == 5),
            Mask.of(6, 9, i -> (i / 9 + i % 9) % 3 == 0),
            Mask.of(7, 7, i -> i == 24),
            Mask.of(7, 7, i -> i != 24),
        };
        for (Mask s : masks) {
            assertArrayEquals(across(s, bruteForceToNearest(s), bruteForceToNearest(s.complement())),
                    DistanceTransform.acrossBoundary(s).toArray(), 0.0, "acrossBoundary " + s);
        }
    }

    @Test
    void isExactOnASingleFeatureInALargeImage() {
        Mask point = Mask.of(40, 50, i -> i == 17 * 50 + 33);
        double[] d = DistanceTransform.toNearest(point).toArray();
        assertArrayEquals(bruteForceToNearest(point), d, 0.0);
        assertEquals(Math.sqrt(17 * 17 + 33 * 33), d[0], 0.0);
    }

    @Test
    void emptyAndFullMasksFollowTheScipyConvention() {
        for (int[] hw : new int[][] {{1, 1}, {1, 6}, {6, 1}, {4, 5}}) {
            Mask empty = Mask.of(hw[0], hw[1], i -> false);
            Mask full = empty.complement();
            int n = empty.pixels();
            // EDT(S) is 0 outside S: an empty mask gives 0 everywhere.
            assertArrayEquals(new double[n], DistanceTransform.inside(empty).toArray(), 0.0);
            // Outside the image never counts as "not in S": a full mask has nothing to measure to.
            double[] infinite = new double[n];
            Arrays.fill(infinite, Double.POSITIVE_INFINITY);
            assertArrayEquals(infinite, DistanceTransform.inside(full).toArray(), 0.0);
            assertArrayEquals(infinite, DistanceTransform.toNearest(empty).toArray(), 0.0);
            assertArrayEquals(infinite, DistanceTransform.acrossBoundary(empty).toArray(), 0.0);
            assertArrayEquals(infinite, DistanceTransform.acrossBoundary(full).toArray(), 0.0);
        }
    }

    @Test
    void insideIsScipyEdtOnAHandCheckedMask() {
        // 1 1 1 0      scipy.ndimage.distance_transform_edt gives
        // 1 1 1 0      3 2 1 0       (the border of the image is not background:
        // 1 1 1 1      ...           the left column measures to the right)
        Mask s = Mask.of(3, 4, new boolean[] {
            true, true, true, false,
            true, true, true, false,
            true, true, true, true});
        assertArrayEquals(new double[] {
            3, 2, 1, 0,
            3, 2, 1, 0,
            Math.sqrt(10), Math.sqrt(5), Math.sqrt(2), 1}, DistanceTransform.inside(s).toArray(), 0.0);
    }

    @Test
    void acrossBoundaryIsEdtOfTheMaskPlusEdtOfItsComplement() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            Mask m = random(random, 3 + trial % 7, 4 + trial % 5, 0.4);
            if (m.isEmpty() || m.isFull()) {
                continue;
            }
            double[] in = DistanceTransform.inside(m).toArray();
            double[] out = DistanceTransform.inside(m.complement()).toArray();
            double[] across = DistanceTransform.acrossBoundary(m).toArray();
            for (int i = 0; i < across.length; i++) {
                assertEquals(in[i] + out[i], across[i], 0.0);
            }
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"61,97", "97,61", "128,3", "3,128"})
    void matchesBruteForceOnLargerMasksWithFeaturelessColumnsAndRows(int h, int w) {
        // Sparse masks leave whole columns and rows without a feature, so the row pass has to skip
        // infinite samples and reach far; dense ones put many parabolas in one envelope.
        Random random = new Random(97L * h + w);
        for (double density : new double[] {0.0005, 0.003, 0.05, 0.6, 0.997}) {
            Mask s = random(random, h, w, density);
            double[] toFeatures = bruteForceToNearest(s);
            double[] toComplement = bruteForceToNearest(s.complement());
            assertArrayEquals(toFeatures, DistanceTransform.toNearest(s).toArray(), 0.0, "toNearest " + s);
            assertArrayEquals(toComplement, DistanceTransform.inside(s).toArray(), 0.0, "inside " + s);
            assertArrayEquals(across(s, toFeatures, toComplement), DistanceTransform.acrossBoundary(s).toArray(), 0.0,
                    "acrossBoundary " + s);
        }
    }

    @Test
    void isExactForDiscsWhoseEnvelopeCrossingsFallBetweenPixels() {
        // A disc's boundary gives crossings at every fractional position; a rounding or a tie broken
        // the wrong way would show as a wrong distance somewhere on it.
        for (int size : new int[] {33, 64}) {
            double r = 0.3 * size;
            Mask disc = Mask.of(size, size, i -> {
                double dy = i / size - size / 2.0;
                double dx = i % size - size / 2.0;
                return dx * dx + dy * dy <= r * r;
            });
            assertArrayEquals(bruteForceToNearest(disc.complement()), DistanceTransform.inside(disc).toArray(), 0.0);
            assertArrayEquals(bruteForceToNearest(disc), DistanceTransform.toNearest(disc).toArray(), 0.0);
        }
    }

    @Test
    void matchesTheSeparableMinimumOnAnImageLargeEnoughToSplitItsRows() {
        // 400 × 330 pixels: above the size where the row pass runs on two threads. The reference is
        // the exact separable minimum min_p ((x − p)² + G(y, p)²), G the brute-force distance to the
        // nearest feature in column p: O(H·W²) instead of the brute force's O((H·W)²).
        int h = 400;
        int w = 330;
        Random random = new Random(400330);
        for (double density : new double[] {0.0002, 0.01, 0.7}) {
            Mask s = random(random, h, w, density);
            double[] toFeatures = separableToNearest(s);
            double[] toComplement = separableToNearest(s.complement());
            assertArrayEquals(toFeatures, DistanceTransform.toNearest(s).toArray(), 0.0, "toNearest " + s);
            assertArrayEquals(toComplement, DistanceTransform.inside(s).toArray(), 0.0, "inside " + s);
            assertArrayEquals(across(s, toFeatures, toComplement), DistanceTransform.acrossBoundary(s).toArray(), 0.0,
                    "acrossBoundary " + s);
        }
    }

    private static double[] separableToNearest(Mask features) {
        int h = features.height();
        int w = features.width();
        long[] column = new long[h * w];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                long best = Long.MAX_VALUE;
                for (int yy = 0; yy < h; yy++) {
                    if (features.contains(yy, x)) {
                        best = Math.min(best, (long) (y - yy) * (y - yy));
                    }
                }
                column[y * w + x] = best;
            }
        }
        double[] d = new double[h * w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                long best = Long.MAX_VALUE;
                for (int p = 0; p < w; p++) {
                    long g = column[y * w + p];
                    if (g != Long.MAX_VALUE) {
                        best = Math.min(best, (long) (x - p) * (x - p) + g);
                    }
                }
                d[y * w + x] = best == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : Math.sqrt(best);
            }
        }
        return d;
    }
}
