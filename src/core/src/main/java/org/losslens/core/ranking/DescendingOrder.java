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

    private static final int DIGIT_BITS = 8;
    private static final int BUCKETS = 1 << DIGIT_BITS;

    private DescendingOrder() {
    }

    /** Indices of {@code values} from the largest value to the smallest. */
    public static int[] of(double[] values) {
        int n = values.length;
        long[] keys = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToLongBits(values[i] + 0.0);
            long ascending = bits ^ ((bits >> 63) | Long.MIN_VALUE);
            keys[i] = ~ascending;
            order[i] = i;
        }
        long[] keyBuffer = new long[n];
        int[] orderBuffer = new int[n];
        int[] counts = new int[BUCKETS + 1];
        for (int shift = 0; shift < Long.SIZE; shift += DIGIT_BITS) {
            java.util.Arrays.fill(counts, 0);
            for (long key : keys) {
                counts[(int) ((key >>> shift) & (BUCKETS - 1)) + 1]++;
            }
            if (isSingleBucket(counts, n)) {
                continue;
            }
            for (int b = 0; b < BUCKETS; b++) {
                counts[b + 1] += counts[b];
            }
            for (int i = 0; i < n; i++) {
                int bucket = (int) ((keys[i] >>> shift) & (BUCKETS - 1));
                int to = counts[bucket]++;
                keyBuffer[to] = keys[i];
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
