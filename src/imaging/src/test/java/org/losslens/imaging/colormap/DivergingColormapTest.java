package org.losslens.imaging.colormap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DivergingColormapTest {

    private final DivergingColormap map = new DivergingColormap();

    private static double lightness(int argb) {
        return Cielab.fromRgb(argb & 0xffffff)[0];
    }

    @Test
    void zeroIsNearWhiteAndSignsAreBlueAndRed() {
        int zero = map.argb(0, 1);
        assertTrue(lightness(zero) > 95, "L* " + lightness(zero));
        int negative = map.argb(-1, 1);
        int positive = map.argb(1, 1);
        assertTrue((negative & 0xff) > ((negative >> 16) & 0xff), "negative is blue");
        assertTrue(((positive >> 16) & 0xff) > (positive & 0xff), "positive is red");
    }

    @Test
    void lightnessIsSymmetricAndMonotoneAwayFromZero() {
        double previous = lightness(map.argb(0, 1));
        for (int k = 1; k <= 20; k++) {
            double v = k / 20.0;
            double up = lightness(map.argb(v, 1));
            double down = lightness(map.argb(-v, 1));
            assertTrue(up <= previous + 0.5, "monotone at " + v);
            assertEquals(up, down, 8, "symmetric at " + v);
            previous = up;
        }
    }

    @Test
    void clampsBeyondTheRangeAndShowsNaNAsGrey() {
        assertEquals(map.argb(1, 1), map.argb(50, 1));
        assertEquals(0xff808080, map.argb(Double.NaN, 1));
    }
}
