package org.losslens.core.synthesis;

/**
 * Dilation and erosion by a disc: how a prediction that is "a bit too big" or "a bit too small"
 * is made from the ground truth. A disc (not a square) keeps round objects round.
 */
public final class Morphology {

    private Morphology() {
    }

    /** Positive radius dilates, negative erodes, 0 returns an equal copy. */
    public static BinaryRaster grow(BinaryRaster mask, int radius) {
        if (radius == 0) {
            return mask.shifted(0, 0);
        }
        return radius > 0 ? dilate(mask, radius) : erode(mask, -radius);
    }

    /** Foreground wherever a disc of {@code radius} around the pixel touches foreground. */
    public static BinaryRaster dilate(BinaryRaster mask, int radius) {
        return apply(mask, radius, true);
    }

    /** Foreground only where the whole disc of {@code radius} around the pixel is foreground. */
    public static BinaryRaster erode(BinaryRaster mask, int radius) {
        return apply(mask, radius, false);
    }

    private static BinaryRaster apply(BinaryRaster mask, int radius, boolean dilate) {
        int h = mask.height();
        int w = mask.width();
        BinaryRaster out = new BinaryRaster(h, w);
        int r2 = radius * radius;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean result = !dilate;
                search:
                for (int dy = -radius; dy <= radius; dy++) {
                    for (int dx = -radius; dx <= radius; dx++) {
                        if (dx * dx + dy * dy > r2) {
                            continue;
                        }
                        // Outside the image counts as background: erosion eats objects touching the edge.
                        boolean neighbour = mask.get(y + dy, x + dx);
                        if (dilate && neighbour) {
                            result = true;
                            break search;
                        }
                        if (!dilate && !neighbour) {
                            result = false;
                            break search;
                        }
                    }
                }
                out.set(y, x, result);
            }
        }
        return out;
    }
}
