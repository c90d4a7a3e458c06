package org.losslens.core.ranking;

/**
 * The permutation that sorts values from largest to smallest, ties kept in ascending index order — the
 * order the sorting losses (top-k, Lovász) need, deterministic for equal values.
 *
 * <p>A least-significant-digit radix sort of order-preserving 64-bit keys: O(N) with no boxing, so
 * sorting every pixel of a 512×512 image on each slider move stays cheap. The key of x maps the IEEE
 * bits so that unsigned order equals numeric order (−0.0 is first folded into +0.0, so the two tie
 * as they do under {@code <}); complementing it turns ascending into descending, and radix sort's
 * stability keeps equal values in index order. NaN is not expected and sorts as the largest.
 *
 * <p>Two stages, to move less memory: first a radix sort of the high 32 bits of the keys (four 8-bit
 * passes over int keys and indices), then each run of equal high halves — rare for noisy values —
 * is ordered by the low 32 bits, by insertion for short runs and by the same radix sort for long
 * ones. Both stages are stable, so the result is the full 64-bit stable order.
 */
public final class DescendingOrder {

    private static final int DIGIT_BITS = 8;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    /** Runs of equal high halves up to this length are ordered by insertion. */
    private static final int INSERTION_RUN = 24;

    private DescendingOrder() {
    }

    /** Indices of {@code values} from the largest value to the smallest. */
    public static int[] of(double[] values) {
        int n = values.length;
        long[] keys = new long[n];
        int[] high = new int[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToLongBits(values[i] + 0.0);
            long ascending = bits ^ ((bits >> 63) | Long.MIN_VALUE);
            keys[i] = ~ascending;
            high[i] = (int) (keys[i] >>> 32);
            order[i] = i;
        }
        Scratch scratch = new Scratch(n);
        sortUnsigned(high, order, 0, n, scratch);
        // high[] is now in sorted order, parallel to order[]
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && high[end] == high[start]) {
                end++;
            }
            if (end - start > 1) {
                orderRunByLowHalf(keys, order, start, end, scratch);
            }
            start = end;
        }
        return order;
    }

    /** Buffers reused by every radix pass of one sort. */
    private static final class Scratch {
        final int[] keys;
        final int[] order;
        final int[] low;
        final int[] counts = new int[BUCKETS + 1];

        Scratch(int n) {
            keys = new int[n];
            order = new int[n];
            low = new int[n];
        }
    }

    private static void orderRunByLowHalf(long[] keys, int[] order, int from, int to, Scratch scratch) {
        if (to - from <= INSERTION_RUN) {
            // stable insertion sort by the unsigned low half
            for (int i = from + 1; i < to; i++) {
                int index = order[i];
                int low = (int) keys[index];
                int j = i - 1;
                while (j >= from && Integer.compareUnsigned((int) keys[order[j]], low) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = index;
            }
            return;
        }
        int[] low = scratch.low;
        for (int i = from; i < to; i++) {
            low[i] = (int) keys[order[i]];
        }
        sortUnsigned(low, order, from, to, scratch);
    }

    /**
     * Stable LSD radix sort of {@code keys[from, to)} as unsigned ints, permuting {@code order[from, to)}
     * alongside; both arrays hold the sorted result afterwards.
     */
    private static void sortUnsigned(int[] keys, int[] order, int from, int to, Scratch scratch) {
        int n = to - from;
        int[] counts = scratch.counts;
        int[] keyBuffer = scratch.keys;
        int[] orderBuffer = scratch.order;
        int[] k = keys;
        int[] o = order;
        // the sorted data alternates between the caller's arrays and the scratch arrays, at the same offsets
        for (int shift = 0; shift < Integer.SIZE; shift += DIGIT_BITS) {
            java.util.Arrays.fill(counts, 0);
            for (int i = from; i < to; i++) {
                counts[((k[i] >>> shift) & (BUCKETS - 1)) + 1]++;
            }
            if (isSingleBucket(counts, n)) {
                continue;
            }
            counts[0] = from;
            for (int b = 0; b < BUCKETS; b++) {
                counts[b + 1] += counts[b];
            }
            for (int i = from; i < to; i++) {
                int at = counts[(k[i] >>> shift) & (BUCKETS - 1)]++;
                keyBuffer[at] = k[i];
                orderBuffer[at] = o[i];
            }
            int[] swapKeys = k;
            k = keyBuffer;
            keyBuffer = swapKeys;
            int[] swapOrder = o;
            o = orderBuffer;
            orderBuffer = swapOrder;
        }
        if (k != keys) {
            System.arraycopy(k, from, keys, from, n);
            System.arraycopy(o, from, order, from, n);
        }
    }

    /** True if every key has the same digit in this pass, which therefore changes nothing. */
    private static boolean isSingleBucket(int[] counts, int n) {
        for (int b = 1; b <= BUCKETS; b++) {
            if (counts[b] == n) {
                return true;
            }
            if (counts[b] != 0) {
                return false;
            }
        }
        return n == 0;
    }
}
