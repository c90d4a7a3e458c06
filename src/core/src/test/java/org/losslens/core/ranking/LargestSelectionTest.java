package org.losslens.core.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LargestSelectionTest {

    /** The definition: the first n of the stable descending sort, as a sorted index set. */
    private static int[] bySorting(double[] values, int n) {
        int[] firstN = Arrays.copyOf(DescendingOrder.of(values), n);
        Arrays.sort(firstN);
        return firstN;
    }

    @Test
    void equalsTheFirstNOfTheDescendingOrderForEveryNIncludingTies() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int length = 1 + random.nextInt(120);
            int distinct = 1 + random.nextInt(6);
            double[] values = new double[length];
            for (int i = 0; i < length; i++) {
                // few distinct values force ties at the threshold; ±0.0 must tie too
                values[i] = trial % 3 == 0 ? random.nextGaussian() : random.nextInt(distinct) - distinct / 2 + 0.0;
                if (values[i] == 0 && random.nextBoolean()) {
                    values[i] = -0.0;
                }
            }
            for (int n = 1; n <= length; n++) {
                assertArrayEquals(bySorting(values, n), LargestSelection.of(values, n),
                        () -> "values " + Arrays.toString(values));
            }
        }
    }

    @Test
    void sortedAndReverseSortedAndConstantInputs() {
        double[] ascending = new double[1000];
        for (int i = 0; i < ascending.length; i++) {
            ascending[i] = i;
        }
        double[] descending = new double[1000];
        for (int i = 0; i < descending.length; i++) {
            descending[i] = -i;
        }
        double[] constant = new double[1000];
        for (double[] values : new double[][] {ascending, descending, constant}) {
            for (int n : new int[] {1, 2, 100, 999, 1000}) {
                assertArrayEquals(bySorting(values, n), LargestSelection.of(values, n));
            }
        }
    }

    @Test
    void leavesTheInputUntouchedAndRejectsImpossibleCounts() {
        double[] values = {3, 1, 2};
        LargestSelection.of(values, 2);
        assertArrayEquals(new double[] {3, 1, 2}, values);
        assertEquals(2, LargestSelection.of(values, 1)[0] + 2);
        assertThrows(IllegalArgumentException.class, () -> LargestSelection.of(values, 0));
        assertThrows(IllegalArgumentException.class, () -> LargestSelection.of(values, 4));
    }
}
