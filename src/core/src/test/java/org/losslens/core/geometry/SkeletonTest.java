package org.losslens.core.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thinning as scikit-image's 2-D skeletonize (the pixel-for-pixel agreement with scikit-image 0.19.3
 * is checked on every public skeleton_recall case by ReferenceCaseTest); here its properties.
 */
class SkeletonTest {

    private static Mask rectangle(int height, int width, int top, int left, int rows, int columns) {
        return Mask.of(height, width, i -> {
            int r = i / width;
            int c = i % width;
            return r >= top && r < top + rows && c >= left && c < left + columns;
        });
    }

    @Test
    void aThickBarThinsToItsMiddleRowAwayFromItsEnds() {
        // rows 2..4, columns 2..10; thinning may leave short diagonal spurs at the two ends
        Mask skeleton = Skeleton.of(rectangle(7, 13, 2, 2, 3, 9));
        for (int c = 4; c <= 8; c++) {
            for (int r = 0; r < 7; r++) {
                assertEquals(r == 3, skeleton.contains(r, c), "row " + r + ", column " + c);
            }
        }
    }

    @Test
    void aOnePixelLineIsItsOwnSkeleton() {
        Mask line = rectangle(5, 9, 2, 1, 1, 7);
        assertEquals(line, Skeleton.of(line));
    }

    @Test
    void emptyStaysEmptyAndAFullImageIsThinnedFromItsBorder() {
        assertTrue(Skeleton.of(Mask.of(4, 4, i -> false)).isEmpty());
        Mask full = Skeleton.of(Mask.of(6, 9, i -> true));
        assertTrue(!full.isEmpty() && full.count() < 6 * 9, "the border counts as background: " + full);
    }

    @Test
    void theSkeletonIsAFixedPointInsideTheMask() {
        Random random = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            Mask mask = Mask.of(12, 15, i -> random.nextDouble() < 0.6);
            Mask skeleton = Skeleton.of(mask);
            for (int i = 0; i < mask.pixels(); i++) {
                assertTrue(!skeleton.contains(i) || mask.contains(i), "skeleton leaves the mask at " + i);
            }
            assertEquals(skeleton, Skeleton.of(skeleton), "thinning a skeleton again changes it");
        }
    }

    @Test
    void theDiamondTubeReachesTwoStepsInTheCityBlockMetric() {
        Mask dot = Mask.of(7, 7, i -> i == 3 * 7 + 3);
        Mask tube = Skeleton.dilateByDiamond(dot, 2);
        for (int r = 0; r < 7; r++) {
            for (int c = 0; c < 7; c++) {
                assertEquals(Math.abs(r - 3) + Math.abs(c - 3) <= 2, tube.contains(r, c), r + "," + c);
            }
        }
        Mask corner = Skeleton.dilateByDiamond(Mask.of(3, 3, i -> i == 0), 2);
        assertEquals(6, corner.count(), "clipped to the image");
    }

    @Test
    void theCandidateListsRemoveExactlyWhatAFullScanOfEveryPassRemoves() {
        Random random = new Random(5);
        for (int trial = 0; trial < 60; trial++) {
            int height = 5 + random.nextInt(40);
            int width = 5 + random.nextInt(40);
            double density = 0.3 + 0.65 * random.nextDouble();
            boolean[] inside = new boolean[height * width];
            for (int i = 0; i < inside.length; i++) {
                inside[i] = random.nextDouble() < density;
            }
            Mask mask = Mask.of(height, width, inside);
            assertEquals(fullScan(mask), Skeleton.of(mask), "trial " + trial);
        }
    }

    /** The textbook form (every pixel, every pass, until a sweep removes nothing) as the oracle. */
    private static Mask fullScan(Mask mask) {
        int height = mask.height();
        int width = mask.width();
        int w = width + 2;
        boolean[] current = new boolean[(height + 2) * w];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                current[(r + 1) * w + c + 1] = mask.contains(r, c);
            }
        }
        boolean removed = true;
        while (removed) {
            removed = false;
            for (int pass = 1; pass <= 2; pass++) {
                boolean[] next = current.clone();
                for (int r = 1; r <= height; r++) {
                    for (int c = 1; c <= width; c++) {
                        int i = r * w + c;
                        if (current[i]) {
                            int code = bit(current[i - w - 1], 1) + bit(current[i - w], 2) + bit(current[i - w + 1], 4)
                                    + bit(current[i + 1], 8) + bit(current[i + w + 1], 16) + bit(current[i + w], 32)
                                    + bit(current[i + w - 1], 64) + bit(current[i - 1], 128);
                            int rule = Skeleton.removalRule(code);
                            if (rule == 3 || rule == pass) {
                                next[i] = false;
                                removed = true;
                            }
                        }
                    }
                }
                current = next;
            }
        }
        boolean[] out = new boolean[height * width];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                out[r * width + c] = current[(r + 1) * w + c + 1];
            }
        }
        return Mask.of(height, width, out);
    }

    private static int bit(boolean set, int value) {
        return set ? value : 0;
    }
}
