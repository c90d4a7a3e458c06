package org.losslens.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogLogSlopeTest {

    @Test
    void aPowerLawHasItsExponentAsSlope() {
        double[] x = {1e-4, 1e-3, 1e-2, 0.1, 0.5};
        double[] inverse = new double[x.length];
        double[] root = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            inverse[i] = 3 / x[i];
            root[i] = 0.2 * Math.sqrt(x[i]);
        }
        assertEquals(-1, LogLogSlope.of(x, inverse), 1e-12);
        assertEquals(0.5, LogLogSlope.of(x, root), 1e-12);
    }

    @Test
    void pointsWithoutALogarithmAreLeftOut() {
        double[] x = {1, 2, 4, 8, 16};
        assertEquals(2, LogLogSlope.of(x, new double[] {1, 4, 0, 64, 256}), 1e-12);
        assertTrue(Double.isNaN(LogLogSlope.of(x, new double[] {1, -1, 0, Double.NaN, 5})));
    }
}
