package org.losslens.core.synthesis;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * 8-connected components of a mask, so that "drop a component" can remove one whole object.
 *
 * @param labels per pixel: 0 for background, 1..count for the component it belongs to
 * @param sizes  sizes[k] is the pixel count of component k (sizes[0] is unused)
 */
public record Components(int[] labels, int count, int[] sizes) {

    public static Components of(BinaryRaster mask) {
        int h = mask.height();
        int w = mask.width();
        int[] labels = new int[h * w];
        int[] sizes = new int[16];
        int count = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < labels.length; start++) {
            if (!mask.get(start) || labels[start] != 0) {
                continue;
            }
            count++;
            if (count >= sizes.length) {
                sizes = Arrays.copyOf(sizes, sizes.length * 2);
            }
            labels[start] = count;
            queue.add(start);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                sizes[count]++;
                int py = p / w;
                int px = p % w;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int y = py + dy;
                        int x = px + dx;
                        if (mask.get(y, x) && labels[y * w + x] == 0) {
                            labels[y * w + x] = count;
                            queue.add(y * w + x);
                        }
                    }
                }
            }
        }
        return new Components(labels, count, Arrays.copyOf(sizes, count + 1));
    }

    /** The label of the smallest component (the first in scan order among equals); 0 if there is none. */
    public int smallest() {
        int best = 0;
        for (int k = 1; k <= count; k++) {
            if (best == 0 || sizes[k] < sizes[best]) {
                best = k;
            }
        }
        return best;
    }
}
