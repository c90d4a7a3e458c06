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
}
