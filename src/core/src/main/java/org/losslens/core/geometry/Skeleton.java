package org.losslens.core.geometry;

/**
 * The binary skeleton of a mask by parallel two-subiteration thinning (Zhang & Suen, "A fast parallel
 * algorithm for thinning digital patterns", CACM 27(3), 1984), exactly as scikit-image's 2-D
 * {@code skimage.morphology.skeletonize} (0.19.3, {@code _fast_skeletonize}): the image border is
 * treated as background, and the removal rule is scikit-image's lookup table over the 8 neighbours
 * (which differs from the textbook Zhang–Suen conditions in 25 of the 256 configurations, so the
 * table is reproduced here as data rather than derived).
 *
 * <p>Each sweep has two passes; in each pass every set pixel whose neighbourhood code is removable
 * in that pass (1: first pass, 2: second pass, 3: both) is removed simultaneously, i.e. the code is
 * read from the image as it was before the pass. Sweeps repeat until nothing is removed.
 */
public final class Skeleton {

    /**
     * scikit-image's removal table, indexed by the neighbour code NW·1 + N·2 + NE·4 + E·8 + SE·16 +
     * S·32 + SW·64 + W·128: 0 keep, 1 remove in the first pass, 2 in the second, 3 in both.
     */
    private static final byte[] REMOVAL = {
            0, 0, 0, 1, 0, 0, 1, 3, 0, 0, 3, 1, 1, 0, 1, 3, 0, 0, 0, 0, 0, 0,
            0, 0, 2, 0, 2, 0, 3, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 3, 0, 2, 2, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2, 0,
            0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 3, 0, 2, 0, 0, 0, 3, 1,
            0, 0, 1, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 1, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 1, 3, 0, 0,
            1, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 2, 3, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3,
            0, 1, 0, 0, 0, 0, 2, 2, 0, 0, 2, 0, 0, 0};

    private Skeleton() {
    }

    /** The one-pixel-wide skeleton of {@code mask} (a subset of it). */
    public static Mask of(Mask mask) {
        int height = mask.height();
        int width = mask.width();
        // a one-pixel frame of background around the image removes every border case
        int paddedWidth = width + 2;
        boolean[] current = new boolean[(height + 2) * paddedWidth];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                current[(r + 1) * paddedWidth + c + 1] = mask.contains(r, c);
            }
        }
        // Only pixels whose neighbourhood changed can change their verdict: a pixel kept in pass p
        // with code X is kept again in any later pass p with the same code. So each pass checks only
        // its candidates (at first every set pixel; then the set neighbours of the pixels removed
        // since), reading the image as it was before the pass, and removes them all at once after it:
        // the same removals as scanning every pixel in every pass, at the cost of the boundary only.
        int[][] candidates = new int[3][];
        int[] candidateCount = new int[3];
        boolean[][] listed = {null, new boolean[current.length], new boolean[current.length]};
        int setPixels = 0;
        for (boolean v : current) {
            setPixels += v ? 1 : 0;
        }
        for (int pass = 1; pass <= 2; pass++) {
            candidates[pass] = new int[Math.max(16, setPixels)];
            for (int i = 0; i < current.length; i++) {
                if (current[i]) {
                    candidates[pass][candidateCount[pass]++] = i;
                    listed[pass][i] = true;
                }
            }
        }
        int[] removedNow = new int[Math.max(16, setPixels)];
        boolean removed = true;
        while (removed) {
            removed = false;
            for (int pass = 1; pass <= 2; pass++) {
                int[] list = candidates[pass];
                int count = candidateCount[pass];
                candidateCount[pass] = 0;
                int removedCount = 0;
                for (int j = 0; j < count; j++) {
                    int i = list[j];
                    listed[pass][i] = false;
                    if (!current[i]) {
                        continue;
                    }
                    int rule = REMOVAL[neighbourCode(current, i, paddedWidth)];
                    if (rule == 3 || rule == pass) {
                        removedNow[removedCount++] = i;
                    }
                }
                for (int j = 0; j < removedCount; j++) {
                    current[removedNow[j]] = false;
                }
                for (int j = 0; j < removedCount; j++) {
                    int i = removedNow[j];
                    for (int dr = -paddedWidth; dr <= paddedWidth; dr += paddedWidth) {
                        for (int dc = -1; dc <= 1; dc++) {
                            int neighbour = i + dr + dc;
                            if (!current[neighbour]) {
                                continue;
                            }
                            for (int q = 1; q <= 2; q++) {
                                if (!listed[q][neighbour]) {
                                    listed[q][neighbour] = true;
                                    candidates[q][candidateCount[q]++] = neighbour;
                                }
                            }
                        }
                    }
                }
                removed |= removedCount > 0;
            }
        }
        boolean[] out = new boolean[height * width];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                out[r * width + c] = current[(r + 1) * paddedWidth + c + 1];
            }
        }
        return Mask.of(height, width, out);
    }

    /** scikit-image's verdict for a neighbour code: 0 keep, 1 remove in the first pass, 2 in the second, 3 in both. */
    static int removalRule(int code) {
        return REMOVAL[code];
    }

    private static int neighbourCode(boolean[] image, int i, int w) {
        return bit(image[i - w - 1], 1) + bit(image[i - w], 2) + bit(image[i - w + 1], 4) + bit(image[i + 1], 8)
                + bit(image[i + w + 1], 16) + bit(image[i + w], 32) + bit(image[i + w - 1], 64) + bit(image[i - 1], 128);
    }

    private static int bit(boolean set, int value) {
        return set ? value : 0;
    }

    /**
     * {@code mask} dilated {@code steps} times by the 4-neighbour cross (the diamond |dy| + |dx| ≤ steps),
     * clipped to the image: the "tube" around a skeleton.
     */
    public static Mask dilateByDiamond(Mask mask, int steps) {
        int height = mask.height();
        int width = mask.width();
        boolean[] current = new boolean[mask.pixels()];
        for (int i = 0; i < current.length; i++) {
            current[i] = mask.contains(i);
        }
        for (int s = 0; s < steps; s++) {
            boolean[] next = current.clone();
            for (int r = 0; r < height; r++) {
                for (int c = 0; c < width; c++) {
                    if (current[r * width + c]) {
                        if (r > 0) {
                            next[(r - 1) * width + c] = true;
                        }
                        if (r < height - 1) {
                            next[(r + 1) * width + c] = true;
                        }
                        if (c > 0) {
                            next[r * width + c - 1] = true;
                        }
                        if (c < width - 1) {
                            next[r * width + c + 1] = true;
                        }
                    }
                }
            }
            current = next;
        }
        return Mask.of(height, width, current);
    }
}
