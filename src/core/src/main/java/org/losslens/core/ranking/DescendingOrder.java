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
 * <p>Two stages, to move less memory: first a radix sort of the high 32 bits of the keys, each packed
 * with its index into one long (high half = key, low half = index) so a pass moves one array, not two;
 * three 11-bit passes (the histograms of all three taken in one read while the keys are built, and a
 * pass skipped where every key has the same digit); then each run of equal high halves — rare for
 * noisy values — is ordered by the low 32 bits, by insertion for short runs and by a radix sort for
 * long ones. Both stages are stable, so the result is the full 64-bit stable order.
 *
 * <p>An instance keeps its buffers for the next sort of the same length (the Lovász losses sort one
 * array per class); it is not thread-safe.
 */
public final class DescendingOrder {

    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    private static final int DIGIT_MASK = BUCKETS - 1;
    /** The high half's three digits: bits 0–10, 11–21 and 22–31. */
    private static final int HIGH_DIGITS = 3;
    /** Runs of equal high halves up to this length are ordered by insertion. */
    private static final int INSERTION_RUN = 24;

    private final long[] keys;
    private final long[] packed;
    private final long[] packedBuffer;
    private final int[] order;
    private final int[][] histograms = new int[HIGH_DIGITS][BUCKETS + 1];
    private int[] low;
    private int[] lowBuffer;
    private int[] lowOrderBuffer;

    /** A sorter for arrays of {@code length} values. */
    public DescendingOrder(int length) {
        keys = new long[length];
        packed = new long[length];
        packedBuffer = new long[length];
        order = new int[length];
    }

    /** Indices of {@code values} from the largest value to the smallest. */
    public static int[] of(double[] values) {
        return new DescendingOrder(values.length).sort(values);
    }

    /**
     * Indices of {@code values} from the largest value to the smallest, in an array of this sorter's
     * that its next sort overwrites.
     */
    public int[] sort(double[] values) {
        int n = values.length;
        if (n != keys.length) {
            throw new IllegalArgumentException("sorter for " + keys.length + " values, got " + n);
        }
        for (int[] h : histograms) {
            java.util.Arrays.fill(h, 0);
        }
        int[] h0 = histograms[0];
        int[] h1 = histograms[1];
        int[] h2 = histograms[2];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToLongBits(values[i] + 0.0);
            long key = ~(bits ^ ((bits >> 63) | Long.MIN_VALUE));
            keys[i] = key;
            int high = (int) (key >>> 32);
            packed[i] = ((long) high << 32) | i;
            h0[(high & DIGIT_MASK) + 1]++;
            h1[((high >>> DIGIT_BITS) & DIGIT_MASK) + 1]++;
            h2[(high >>> (2 * DIGIT_BITS)) + 1]++;
        }
        long[] sorted = sortPackedByHigh(n);
        int start = 0;
        while (start < n) {
            long high = sorted[start] >>> 32;
            order[start] = (int) sorted[start];
            int end = start + 1;
            while (end < n && sorted[end] >>> 32 == high) {
                order[end] = (int) sorted[end];
                end++;
            }
            if (end - start > 1) {
                orderRunByLowHalf(start, end);
            }
            start = end;
        }
        return order;
    }

    /** Stable LSD radix sort of the packed (high half, index) longs by their high half; returns the array holding the result. */
    private long[] sortPackedByHigh(int n) {
        long[] from = packed;
        long[] to = packedBuffer;
        for (int d = 0; d < HIGH_DIGITS; d++) {
            int[] counts = histograms[d];
            if (isSingleBucket(counts, n)) {
                continue;
            }
            counts[0] = 0;
            for (int b = 0; b < BUCKETS; b++) {
                counts[b + 1] += counts[b];
            }
            int shift = 32 + d * DIGIT_BITS;
            for (int i = 0; i < n; i++) {
                long v = from[i];
                to[counts[(int) (v >>> shift) & DIGIT_MASK]++] = v;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    private void orderRunByLowHalf(int from, int to) {
        if (to - from <= INSERTION_RUN) {
            // stable insertion sort by the unsigned low half
            for (int i = from + 1; i < to; i++) {
                int index = order[i];
                int lowHalf = (int) keys[index];
                int j = i - 1;
                while (j >= from && Integer.compareUnsigned((int) keys[order[j]], lowHalf) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = index;
            }
            return;
        }
        if (low == null) {
            int n = keys.length;
            low = new int[n];
            lowBuffer = new int[n];
            lowOrderBuffer = new int[n];
        }
        for (int i = from; i < to; i++) {
            low[i] = (int) keys[order[i]];
        }
        sortUnsigned(low, order, from, to);
    }

    /**
     * Stable LSD radix sort of {@code keys[from, to)} as unsigned ints, permuting {@code order[from, to)}
     * alongside; both arrays hold the sorted result afterwards.
     */
    private void sortUnsigned(int[] keys, int[] order, int from, int to) {
        int n = to - from;
        int[] counts = histograms[0]; // the high half's histograms are spent by now
        int[] keyBuffer = lowBuffer;
        int[] orderBuffer = lowOrderBuffer;
        int[] k = keys;
        int[] o = order;
        // the sorted data alternates between the caller's arrays and the scratch arrays, at the same offsets
        for (int shift = 0; shift < Integer.SIZE; shift += DIGIT_BITS) {
            java.util.Arrays.fill(counts, 0);
            for (int i = from; i < to; i++) {
                counts[((k[i] >>> shift) & DIGIT_MASK) + 1]++;
            }
            if (isSingleBucket(counts, n)) {
                continue;
            }
            counts[0] = from;
            for (int b = 0; b < BUCKETS; b++) {
                counts[b + 1] += counts[b];
            }
            for (int i = from; i < to; i++) {
                int at = counts[(k[i] >>> shift) & DIGIT_MASK]++;
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
