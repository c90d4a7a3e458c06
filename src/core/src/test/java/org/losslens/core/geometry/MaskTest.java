package org.losslens.core.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskTest {

    @Test
    void aboveKeepsThePixelsStrictlyOverTheThresholdFromTheOffsetOn() {
        double[] values = {0.9, 0.9, 0.1, 0.5, 0.7, 0.50000001, 0.2, 1.0};
        Mask m = Mask.above(2, 3, values, 2, 0.5);
        assertEquals(Mask.of(2, 3, new boolean[] {false, false, true, true, false, true}), m);
        assertEquals(3, m.count());
    }
}
