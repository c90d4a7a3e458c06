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
        transform(features, true, d);
        return PixelMap.adopt(features.height(), features.width(), d);
    }

    /**
     * EDT(S), the convention of {@code scipy.ndimage.distance_transform_edt}: at a pixel of S, the
     * distance to the nearest pixel not in S; 0 outside S. A full mask has no pixel outside it (the
     * outside of the image does not count), so it gives +∞ on every pixel; callers special-case it.
     */
    public static PixelMap inside(Mask s) {
        double[] d = new double[s.pixels()];
        transform(s, false, d);
        return PixelMap.adopt(s.height(), s.width(), d);
    }

    /**
     * EDT(m) + EDT(not m): at every pixel, the distance to the nearest pixel on the other side of the
     * mask's boundary (MONAI's distance field). An empty or full mask has no other side: +∞ everywhere.
     *
     * <p>Each of the two transforms is 0 where the other one is not, so this is one transform to "the
     * nearest pixel of the other kind", done in one column pass and one row pass instead of two of
     * each (see {@link #otherKindColumnDistances} and {@link Envelope#acrossRuns}); the minimum and
     * so the result are the same exact integers, under the same square root.
     */
    public static PixelMap acrossBoundary(Mask m) {
        int h = m.height();
        int w = m.width();
        checkSides(h, w);
        double[] d = new double[m.pixels()];
        if (m.isEmpty() || m.isFull()) {
            Arrays.fill(d, Double.POSITIVE_INFINITY);
            return PixelMap.adopt(h, w, d);
        }
        boolean[] inside = m.values();
        int[] column = otherKindColumnDistances(inside, h, w);
        if (h >= 2 && (long) h * w >= PARALLEL_PIXELS) {
            int half = h / 2;
            ForkJoinTask<?> lower = ForkJoinTask.adapt(() -> acrossRows(inside, column, half, h, w, d)).fork();
            acrossRows(inside, column, 0, half, w, d);
            lower.join();
        } else {
            acrossRows(inside, column, 0, h, w, d);
        }
        return PixelMap.adopt(h, w, d);
    }

    private static void checkSides(int h, int w) {
        if (h > MAX_SIDE || w > MAX_SIDE) {
            throw new IllegalArgumentException("distance transform supports sides up to " + MAX_SIDE
                    + " pixels, got " + h + "x" + w);
        }
    }

    /** The row pass of {@link #acrossBoundary} over the rows [from, to). */
    private static void acrossRows(boolean[] inside, int[] column, int from, int to, int w, double[] out) {
        int h = column.length / w;
        Envelope envelope = new Envelope(w + 2);
        for (int y = from; y < to; y++) {
            envelope.acrossRuns(inside, column, y * w, w, h, out);
        }
    }

    /**
     * The column pass of {@link #acrossBoundary}: the distance from each pixel to the nearest pixel of
     * the other kind (in the mask or not, whichever the pixel is not) in its column, or a value ≥ h
     * if the column has none. Where a pixel and the one before it in the scan are of one kind, they
     * look for the same kind, so the scans of {@link #columnDistances} carry over with "the neighbour
     * is of the other kind" in place of "the pixel is a feature".
     */
    private static int[] otherKindColumnDistances(boolean[] inside, int h, int w) {
        int[] g = new int[h * w];
        int none = h + w;
        Arrays.fill(g, 0, w, none);
        for (int y = 1; y < h; y++) {
            int offset = y * w;
            for (int x = 0; x < w; x++) {
                g[offset + x] = inside[offset + x] != inside[offset - w + x] ? 1 : g[offset - w + x] + 1;
            }
        }
        for (int y = h - 2; y >= 0; y--) {
            int offset = y * w;
            for (int x = 0; x < w; x++) {
                int below = inside[offset + x] != inside[offset + w + x] ? 1 : g[offset + w + x] + 1;
                g[offset + x] = Math.min(g[offset + x], below);
            }
        }
        return g;
    }

    /**
     * Writes into {@code out} the distance from each pixel to the nearest pixel i with
     * {@code mask.contains(i) == feature} (so the complement needs no mask of its own).
     */
    private static void transform(Mask mask, boolean feature, double[] out) {
        int h = mask.height();
        int w = mask.width();
        checkSides(h, w);
        int[] column = columnDistances(mask, feature, h, w);
        // The second pass runs along rows, where every line it reads and writes is contiguous; the
        // first pass walks the columns all at once, row by row, so neither pass needs a transpose or
        // a strided walk (both dominated the run time at 512×512).
        if (h >= 2 && (long) h * w >= PARALLEL_PIXELS) {
            int half = h / 2;
            ForkJoinTask<?> lower = ForkJoinTask.adapt(() -> rows(column, half, h, w, out)).fork();
            rows(column, 0, half, w, out);
            lower.join();
        } else {
            rows(column, 0, h, w, out);
        }
    }

    /** The row pass over the rows [from, to). */
    private static void rows(int[] column, int from, int to, int w, double[] out) {
        int h = column.length / w;
        Envelope envelope = new Envelope(w);
        for (int y = from; y < to; y++) {
            envelope.transform(column, y * w, w, h, out);
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

        /** Runs of up to this many pixels are searched directly ({@link #nearestInShortRun}). */
        private static final int SHORT_RUN = 8;

        /**
         * The envelope's cost per pixel in steps of the search (measured at 256²: with 8, a noisy
         * prediction's rows took 2.2 ms for three masks instead of 2.7 with 4, a clean one's 1.7
         * instead of 1.5).
         */
        private static final int SEARCH_STEPS_PER_PIXEL = 8;

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
         * g < h, +∞ elsewhere — into out[from, from + n).
         */
        void transform(int[] g, int from, int n, int h, double[] out) {
            int k = -1;
            for (int q = 0; q < n; q++) {
                int gq = g[from + q];
                if (gq < h) {
                    k = add(k, q, (long) gq * gq);
                }
            }
            if (k < 0) {
                // No feature anywhere (every column of this line lacks one).
                Arrays.fill(out, from, from + n, Double.POSITIVE_INFINITY);
                return;
            }
            write(k, 0, n, out, from);
        }

        /**
         * The row pass of {@link DistanceTransform#acrossBoundary} on the line from, from + n: with
         * g the distance to the other kind along each column, the answer at q is
         * min_p ((q − p)² + G_q(p)²) with G_q(p) = 0 where pixel p is of the other kind than q and
         * g(p) where it is of q's kind. So the line falls into runs of one kind, and for q in the
         * run [a, b) no parabola beyond the run's neighbours a − 1 and b (of the other kind, height
         * 0) can be lower than theirs: each run is its own small problem over its own pixels and
         * those two — searched directly where that is short ({@link #nearestInShortRun}), else the
         * lower envelope — and every pixel is transformed once, not once per kind.
         */
        void acrossRuns(boolean[] inside, int[] g, int from, int n, int h, double[] out) {
            int a = 0;
            while (a < n) {
                boolean kind = inside[from + a];
                int b = a + 1;
                while (b < n && inside[from + b] == kind) {
                    b++;
                }
                if (b - a <= SHORT_RUN || searchIsShort(g, from, a, b, n, h)) {
                    nearestInShortRun(g, from, a, b, n, h, out);
                } else {
                    int k = a > 0 ? add(-1, a - 1, 0) : -1;
                    for (int p = a; p < b; p++) {
                        int gp = g[from + p];
                        if (gp < h) {
                            k = add(k, p, (long) gp * gp);
                        }
                    }
                    if (b < n) {
                        k = add(k, b, 0);
                    }
                    if (k < 0) {
                        // The whole line is one kind and no column has the other: the mask is empty or full.
                        Arrays.fill(out, from + a, from + b, Double.POSITIVE_INFINITY);
                    } else {
                        write(k, a, b, out, from);
                    }
                }
                a = b;
            }
        }

        /**
         * {@link #acrossRuns} on the run [a, b) by the minimum itself, searched outwards from each q:
         * the nearer of the run's two neighbours and q's own column bound the answer, and a pixel at
         * distance d along the line can beat a bound B only if d² &lt; B. Masks with short runs (a
         * noisy prediction: its runs average 4–6 pixels at 256²) have most pixels next to the other
         * kind, where the search ends at once; the envelope's bookkeeping cost more than the search.
         */
        private static void nearestInShortRun(int[] g, int from, int a, int b, int n, int h, double[] out) {
            for (int q = a; q < b; q++) {
                long best = squared(g[from + q], h);
                if (a > 0) {
                    best = Math.min(best, (long) (q - a + 1) * (q - a + 1));
                }
                if (b < n) {
                    best = Math.min(best, (long) (b - q) * (b - q));
                }
                for (int d = 1; (long) d * d < best && (q - d >= a || q + d < b); d++) {
                    long dd = (long) d * d;
                    if (q - d >= a) {
                        best = Math.min(best, dd + squared(g[from + q - d], h));
                    }
                    if (q + d < b) {
                        best = Math.min(best, dd + squared(g[from + q + d], h));
                    }
                }
                out[from + q] = best >= NEVER ? Double.POSITIVE_INFINITY : Math.sqrt((double) best);
            }
        }

        /**
         * Whether the outward search of {@link #nearestInShortRun} costs less than the envelope on the
         * run [a, b): at q it takes at most min(g(q), distance to the run's neighbours) steps, and the
         * envelope costs about {@value #SEARCH_STEPS_PER_PIXEL} of them per pixel.
         */
        private static boolean searchIsShort(int[] g, int from, int a, int b, int n, int h) {
            long budget = (long) SEARCH_STEPS_PER_PIXEL * (b - a);
            long steps = 0;
            for (int q = a; q < b; q++) {
                int bound = Math.min(g[from + q], h);
                if (a > 0) {
                    bound = Math.min(bound, q - a + 1);
                }
                if (b < n) {
                    bound = Math.min(bound, b - q);
                }
                steps += bound;
            }
            return steps <= budget;
        }

        /** g², or {@link #NEVER} where g ≥ h (no pixel of the other kind in the column). */
        private static long squared(int g, int h) {
            return g < h ? (long) g * g : NEVER;
        }

        /**
         * Adds the parabola (x − root)² + height, root beyond every root in the envelope 0..k, and
         * drops the parabolas it hides; returns the index of the new last parabola.
         */
        private int add(int k, int root, long height) {
            int[] roots = this.roots;
            long[] heights = this.heights;
            long[] num = this.num;
            long[] den = this.den;
            long f = height + (long) root * root;
            long s = 0;
            long t = 0;
            while (k >= 0) {
                int p = roots[k];
                s = f - (heights[k] + (long) p * p);
                t = 2L * (root - p);
                // Parabola k is hidden where the new one crosses it no later than it started.
                if (k > 0 && s * den[k] <= num[k] * t) {
                    k--;
                } else {
                    break;
                }
            }
            k++;
            roots[k] = root;
            heights[k] = height;
            num[k] = s;
            den[k] = t;
            return k;
        }

        /** out[offset + q] = √(the envelope 0..k at q) for q in [from, to). */
        private void write(int k, int from, int to, double[] out, int offset) {
            int[] roots = this.roots;
            long[] heights = this.heights;
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
            for (int q = from; q < to; q++) {
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
                out[offset + q] = Math.sqrt((double) v);
            }
        }
    }
}
