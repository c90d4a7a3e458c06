package org.losslens.core.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DescendingOrderTest {

    /** The definition: a stable comparison sort, largest first. */
    private static int[] bruteForce(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> values[a] > values[b] ? -1 : values[a] < values[b] ? 1 : 0);
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void matchesAStableComparisonSortIncludingTiesSignsAndZeros() {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            int n = random.nextInt(300);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = switch (random.nextInt(6)) {
                    case 0 -> 0.0;
                    case 1 -> -0.0;
                    case 2 -> Math.rint(random.nextGaussian() * 3);
                    case 3 -> random.nextBoolean() ? 1e300 : -1e-300;
                    default -> random.nextGaussian() * 1e4;
                };
            }
            assertArrayEquals(bruteForce(v), DescendingOrder.of(v), Arrays.toString(v));
        }
    }

    @Test
    void handlesEmptyAndConstantInputs() {
        assertArrayEquals(new int[0], DescendingOrder.of(new double[0]));
        assertArrayEquals(new int[] {0, 1, 2}, DescendingOrder.of(new double[] {2, 2, 2}));
        assertArrayEquals(new int[] {2, 0, 1}, DescendingOrder.of(new double[] {1, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY}));
    }

    @Test
    void ordersValuesThatDifferOnlyInTheirLowBitsShortAndLongRuns() {
        // equal high 32 bits of the key: the second stage (insertion for short runs, radix for long) decides
        Random random = new Random(5);
        for (int runLength : new int[] {2, 20, 30, 400}) {
            double[] v = new double[1000];
            for (int i = 0; i < v.length; i++) {
                long base = Double.doubleToLongBits(i % (v.length / runLength) == 0 ? 1.0 : -0.5);
                long low = random.nextInt(4) == 0 ? 7 : random.nextInt() & 0xFFFFFFFFL;
                v[i] = Double.longBitsToDouble((base & 0xFFFFFFFF00000000L) | low);
            }
            assertArrayEquals(bruteForce(v), DescendingOrder.of(v), "runs of about " + runLength);
        }
    }

    @Test
    void aReusedSorterMatchesOnLargeInputsWithLongRunsOfEqualHighHalves() {
        Random random = new Random(23);
        int n = 70_000;
        DescendingOrder sorter = new DescendingOrder(n);
        for (int trial = 0; trial < 4; trial++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                // trial 0: errors in [0, 1] spanning many exponents; 1: values that differ only in their
                // low 32 bits (one long run); 2: a few distinct values; 3: wide signed values
                v[i] = switch (trial) {
                    case 0 -> Math.pow(random.nextDouble(), 8);
                    case 1 -> Double.longBitsToDouble(Double.doubleToLongBits(0.75) + random.nextInt(1 << 20));
                    case 2 -> random.nextInt(5) - 2;
                    default -> random.nextGaussian() * 1e6;
                };
            }
            assertArrayEquals(bruteForce(v), sorter.sort(v), "trial " + trial);
        }
    }
}
