package org.losslens.core.geometry;

import java.util.Arrays;
import java.util.concurrent.ForkJoinTask;

/**
 * Exact Euclidean distance transforms in O(H·W), by the lower envelope of parabolas of Felzenszwalb
 * and Huttenlocher ("Distance Transforms of Sampled Functions", Theory of Computing 8, 2012,
 * Algorithm 1): the 1-D squared-distance transform is applied along every column, then along every
 * row of the result. All arithmetic is on integers — squared distances, and the envelope's crossing
 * points as exact fractions compared by cross-multiplication — and the square root is taken last, of
 * an exact integer, so the results equal a brute-force minimum over pixel pairs.
 *
 * <p>Distances are between pixel centres, in pixel units. Pixels outside the image are never
 * counted: where the set a distance is measured to is empty, the distance is +∞.
 */
public final class DistanceTransform {

    /**
     * Up to this side length the envelope's cross-multiplied fractions (numerators below 2^41 times
     * denominators below 2^21) fit a long, and squared distances convert to double exactly.
     */
    private static final int MAX_SIDE = 1 << 20;

    /**
     * From this many pixels on, the row pass runs its two halves on two threads (the rows are
     * independent); below it the hand-off costs more than it saves.
     */
    private static final int PARALLEL_PIXELS = 1 << 17;

    private DistanceTransform() {
    }

    /**
     * The distance from every pixel to the nearest pixel of {@code features}: 0 on the features,
     * +∞ everywhere if there are none.
     */
    public static PixelMap toNearest(Mask features) {
        double[] d = new double[features.pixels()];
        transform(features, true, d, false);
        return PixelMap.adopt(features.height(), features.width(), d);
    }

    /**
     * EDT(S), the convention of {@code scipy.ndimage.distance_transform_edt}: at a pixel of S, the
     * distance to the nearest pixel not in S; 0 outside S. A full mask has no pixel outside it (the
     * outside of the image does not count), so it gives +∞ on every pixel; callers special-case it.
     */
    public static PixelMap inside(Mask s) {
        double[] d = new double[s.pixels()];
        transform(s, false, d, false);
        return PixelMap.adopt(s.height(), s.width(), d);
    }

    /**
     * EDT(m) + EDT(not m): at every pixel, the distance to the nearest pixel on the other side of the
     * mask's boundary (MONAI's distance field). An empty or full mask has no other side: +∞ everywhere.
     * Each of the two transforms writes only the pixels off its own feature set (where the other one
     * is 0), so they fill one array between them.
     */
    public static PixelMap acrossBoundary(Mask m) {
        double[] d = new double[m.pixels()];
        transform(m, true, d, true);
        transform(m, false, d, true);
        return PixelMap.adopt(m.height(), m.width(), d);
    }

    /**
     * Writes into {@code out} the distance from each pixel to the nearest pixel i with
     * {@code mask.contains(i) == feature} (so the complement needs no mask of its own); with
     * {@code offFeaturesOnly}, the feature pixels themselves (distance 0) are left untouched.
     */
    private static void transform(Mask mask, boolean feature, double[] out, boolean offFeaturesOnly) {
        int h = mask.height();
        int w = mask.width();
        if (h > MAX_SIDE || w > MAX_SIDE) {
            throw new IllegalArgumentException("distance transform supports sides up to " + MAX_SIDE
                    + " pixels, got " + h + "x" + w);
        }
        int[] column = columnDistances(mask, feature, h, w);
        // The second pass runs along rows, where every line it reads and writes is contiguous; the
        // first pass walks the columns all at once, row by row, so neither pass needs a transpose or
        // a strided walk (both dominated the run time at 512×512).
        if (h >= 2 && (long) h * w >= PARALLEL_PIXELS) {
            int half = h / 2;
            ForkJoinTask<?> lower = ForkJoinTask.adapt(() -> rows(column, half, h, w, out, offFeaturesOnly)).fork();
            rows(column, 0, half, w, out, offFeaturesOnly);
            lower.join();
        } else {
            rows(column, 0, h, w, out, offFeaturesOnly);
        }
    }

    /** The row pass over the rows [from, to). */
    private static void rows(int[] column, int from, int to, int w, double[] out, boolean offFeaturesOnly) {
        int h = column.length / w;
        Envelope envelope = new Envelope(w);
        for (int y = from; y < to; y++) {
            envelope.transform(column, y * w, w, h, out, offFeaturesOnly);
        }
    }

    /**
     * The first pass, along columns: the distance (not squared) from each pixel to the nearest
     * feature in its column, or a value ≥ h if the column has none. The input of the 1-D transform
     * here is 0 on features and +∞ elsewhere, for which it is just that distance: a scan down and a
     * scan up, cheaper than the general lower envelope that the second pass needs. Both scans advance
     * every column together, one row at a time, so memory is read in order and the inner loops are
     * plain element-wise integer operations.
     */
    private static int[] columnDistances(Mask mask, boolean feature, int h, int w) {
        int[] g = new int[h * w];
        // "No feature above yet": h + w, so that adding up to h - 1 more steps stays ≥ h and fits an int.
        int none = h + w;
        for (int x = 0; x < w; x++) {
            g[x] = mask.contains(x) == feature ? 0 : none;
        }
        for (int y = 1; y < h; y++) {
            int offset = y * w;
            for (int x = 0; x < w; x++) {
                g[offset + x] = mask.contains(offset + x) == feature ? 0 : g[offset - w + x] + 1;
            }
        }
        for (int y = h - 2; y >= 0; y--) {
            int offset = y * w;
            for (int x = 0; x < w; x++) {
                g[offset + x] = Math.min(g[offset + x], g[offset + w + x] + 1);
            }
        }
        return g;
    }

    /**
     * The 1-D transform d(q) = min_p ((q − p)² + f(p)) by the lower envelope of the parabolas rooted
     * at the finite samples of f; work arrays are reused across lines. The crossing point of two
     * parabolas is kept as the exact fraction num/den (den > 0), compared by cross-multiplication, so
     * the envelope is the one of the real-valued algorithm, without rounding and without a division
     * per sample.
     */
    private static final class Envelope {
        /** Height of the sentinel parabola after the last one: never lower than a real one. */
        private static final long NEVER = Long.MAX_VALUE / 4;

        /** Roots of the parabolas in the envelope, and their heights f(root); one more as a sentinel. */
        private final int[] roots;
        private final long[] heights;
        /** Parabola k (k ≥ 1) is lowest from num[k] / den[k] on, to where parabola k + 1 takes over. */
        private final long[] num;
        private final long[] den;

        Envelope(int capacity) {
            roots = new int[capacity + 1];
            heights = new long[capacity + 1];
            num = new long[capacity];
            den = new long[capacity];
        }

        /**
         * Writes the square roots of the transform of the line g[from, from + n) — f = g² where
         * g < h, +∞ elsewhere — into out[from, from + n); with {@code offFeaturesOnly}, not where g = 0.
         */
        void transform(int[] g, int from, int n, int h, double[] out, boolean offFeaturesOnly) {
            int[] roots = this.roots;
            long[] heights = this.heights;
            long[] num = this.num;
            long[] den = this.den;
            int k = -1;
            for (int q = 0; q < n; q++) {
                int gq = g[from + q];
                if (gq >= h) {
                    continue;
                }
                long fq = (long) gq * gq + (long) q * q;
                long s = 0;
                long t = 0;
                while (k >= 0) {
                    int p = roots[k];
                    s = fq - (heights[k] + (long) p * p);
                    t = 2L * (q - p);
                    // Parabola k is hidden where the new one crosses it no later than it started.
                    if (k > 0 && s * den[k] <= num[k] * t) {
                        k--;
                    } else {
                        break;
                    }
                }
                k++;
                roots[k] = q;
                heights[k] = (long) gq * gq;
                num[k] = s;
                den[k] = t;
            }
            if (k < 0) {
                // No feature anywhere (every column of this line lacks one), so no feature pixel to skip either.
                Arrays.fill(out, from, from + n, Double.POSITIVE_INFINITY);
                return;
            }
            roots[k + 1] = 0;
            heights[k + 1] = NEVER;
            // Walk the envelope along the line: the next parabola takes over where it is no higher than
            // the current one (parabolas of equal opening cross once, so the envelope's order is their
            // order along the line). Several at once only where one's interval holds no integer.
            k = 0;
            long root = roots[0];
            long height = heights[0];
            long nextRoot = roots[1];
            long nextHeight = heights[1];
            for (int q = 0; q < n; q++) {
                long v = (q - root) * (q - root) + height;
                long next = (q - nextRoot) * (q - nextRoot) + nextHeight;
                if (next <= v) {
                    do {
                        v = next;
                        k++;
                        long r = q - roots[k + 1];
                        next = r * r + heights[k + 1];
                    } while (next <= v);
                    root = roots[k];
                    height = heights[k];
                    nextRoot = roots[k + 1];
                    nextHeight = heights[k + 1];
                }
                if (!offFeaturesOnly || g[from + q] != 0) {
                    out[from + q] = Math.sqrt((double) v);
                }
            }
        }
    }
}
