package org.losslens.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OverlapMetricsTest {

    @Test
    void countsTheThresholdedConfusionMatrix() {
        double[] gt = {1, 1, 1, 0, 0, 0};
        double[] p = {0.9, 0.5, 0.49, 0.7, 0.1, 0.0};
        OverlapMetrics m = OverlapMetrics.of(gt, p);
        assertEquals(new OverlapMetrics(2, 1, 1, 2), m);
        assertEquals(4.0 / 6.0, m.dice(), 1e-15);
        assertEquals(2.0 / 4.0, m.iou(), 1e-15);
        assertEquals(2.0 / 3.0, m.precision(), 1e-15);
        assertEquals(2.0 / 3.0, m.recall(), 1e-15);
    }

    @Test
    void undefinedRatiosAreNaNNotZeroOrOne() {
        OverlapMetrics bothEmpty = OverlapMetrics.of(new double[4], new double[4]);
        assertTrue(Double.isNaN(bothEmpty.dice()));
        assertTrue(Double.isNaN(bothEmpty.iou()));
        assertTrue(Double.isNaN(bothEmpty.precision()));
        assertTrue(Double.isNaN(bothEmpty.recall()));
        OverlapMetrics missedAll = OverlapMetrics.of(new double[] {1, 0}, new double[] {0, 0});
        assertEquals(0, missedAll.dice());
        assertEquals(0, missedAll.recall());
        assertTrue(Double.isNaN(missedAll.precision()));
    }

    @Test
    void rejectsMismatchedSizes() {
        assertThrows(IllegalArgumentException.class, () -> OverlapMetrics.of(new double[2], new double[3]));
    }
}
