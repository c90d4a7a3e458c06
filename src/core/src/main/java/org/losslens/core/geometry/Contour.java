package org.losslens.core.geometry;

/**
 * The inner 4-neighbour contour of a mask: the pixels of the mask with at least one 4-neighbour
 * (up, down, left, right) in the image and outside the mask. The image border is not a boundary —
 * pixels outside the image never count as outside the mask — so a full mask has an empty contour
 * and an object touching the border has no contour along it.
 */
public final class Contour {

    private Contour() {
    }

    public static Mask of(Mask m) {
        int h = m.height();
        int w = m.width();
        return Mask.of(h, w, i -> {
            if (!m.contains(i)) {
                return false;
            }
            int y = i / w;
            int x = i % w;
            return (y > 0 && !m.contains(i - w))
                    || (y < h - 1 && !m.contains(i + w))
                    || (x > 0 && !m.contains(i - 1))
                    || (x < w - 1 && !m.contains(i + 1));
        });
    }
}
