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
 */
public final class DescendingOrder {

    /** 11-bit digits: six passes over 64-bit keys, with 2048-entry histograms that stay in L1. */
    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    private static final int PASSES = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;

    private DescendingOrder() {
    }

    /** Indices of {@code values} from the largest value to the smallest. */
    public static int[] of(double[] values) {
        int n = values.length;
        long[] keys = new long[n];
        int[] order = new int[n];
        // every pass's histogram in one read of the keys; a pass whose digit is the same for every
        // key (e.g. the sign and exponent bits of values in [0, 1]) changes nothing and is skipped
        int[][] counts = new int[PASSES][BUCKETS + 1];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToLongBits(values[i] + 0.0);
            long ascending = bits ^ ((bits >> 63) | Long.MIN_VALUE);
            long key = ~ascending;
            keys[i] = key;
            order[i] = i;
            for (int pass = 0; pass < PASSES; pass++) {
                counts[pass][(int) ((key >>> (pass * DIGIT_BITS)) & (BUCKETS - 1)) + 1]++;
            }
        }
        long[] keyBuffer = null;
        int[] orderBuffer = null;
        for (int pass = 0; pass < PASSES; pass++) {
            int[] offsets = counts[pass];
            if (isSingleBucket(offsets, n)) {
                continue;
            }
            if (keyBuffer == null) {
                keyBuffer = new long[n];
                orderBuffer = new int[n];
            }
            for (int b = 0; b < BUCKETS; b++) {
                offsets[b + 1] += offsets[b];
            }
            int shift = pass * DIGIT_BITS;
            for (int i = 0; i < n; i++) {
                long key = keys[i];
                int to = offsets[(int) ((key >>> shift) & (BUCKETS - 1))]++;
                keyBuffer[to] = key;
                orderBuffer[to] = order[i];
            }
            long[] k = keys;
            keys = keyBuffer;
            keyBuffer = k;
            int[] o = order;
            order = orderBuffer;
            orderBuffer = o;
        }
        return order;
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
