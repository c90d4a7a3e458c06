package org.losslens.core.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MulticlassPredictionGeneratorTest {

    private static final int H = 16;
    private static final int W = 16;

    /** Left half class 1, a square of class 2 on the right, background elsewhere. */
    private static int[] labels() {
        int[] l = new int[H * W];
        for (int y = 4; y < 12; y++) {
            for (int x = 1; x < 7; x++) {
                l[y * W + x] = 1;
            }
            for (int x = 9; x < 14; x++) {
                l[y * W + x] = 2;
            }
        }
        return l;
    }

    @Test
    void everyPixelIsADistributionAndTheRightClassWins() {
        List<PredictionRecipe> recipes = Collections.nCopies(3, PredictionRecipe.defaults());
        double[] p = MulticlassPredictionGenerator.generate(H, W, 3, labels(), recipes);
        int n = H * W;
        int[] l = labels();
        for (int i = 0; i < n; i++) {
            double sum = p[i] + p[n + i] + p[2 * n + i];
            assertEquals(1, sum, 1e-12);
            int best = p[i] >= p[n + i] && p[i] >= p[2 * n + i] ? 0 : p[n + i] >= p[2 * n + i] ? 1 : 2;
            assertEquals(l[i], best, "pixel " + i);
        }
    }

    @Test
    void eachClassFollowsItsOwnRecipe() {
        PredictionRecipe shifted = PredictionRecipe.defaults().withShift(3, 0);
        double[] p = MulticlassPredictionGenerator.generate(H, W, 3, labels(),
                List.of(PredictionRecipe.defaults(), PredictionRecipe.defaults(), shifted));
        int n = H * W;
        // Class 2 moved right by 3: its old left column is no longer class 2, class 1 is untouched.
        assertTrue(p[2 * n + 8 * W + 9] < 0.5);
        assertTrue(p[2 * n + 8 * W + 12] > 0.5);
        assertTrue(p[n + 8 * W + 1] > 0.5);
    }

    @Test
    void refusesAMissingRecipe() {
        assertThrows(IllegalArgumentException.class, () -> MulticlassPredictionGenerator.generate(H, W, 3, labels(),
                List.of(PredictionRecipe.defaults())));
    }
}
