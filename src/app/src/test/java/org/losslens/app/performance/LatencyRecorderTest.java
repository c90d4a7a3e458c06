package org.losslens.app.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void nearestRankPercentiles() {
        LatencyRecorder r = new LatencyRecorder(1000);
        assertTrue(Double.isNaN(r.percentileMillis(95)));
        for (int i = 1; i <= 100; i++) {
            r.record(i * 1_000_000L);
        }
        assertEquals(95.0, r.percentileMillis(95));
        assertEquals(50.0, r.percentileMillis(50));
        assertEquals(100.0, r.percentileMillis(100));
    }

    @Test
    void keepsOnlyTheLastSamples() {
        LatencyRecorder r = new LatencyRecorder(10);
        for (int i = 0; i < 100; i++) {
            r.record(i < 90 ? 1_000_000_000L : 1_000_000L);
        }
        assertEquals(10, r.count());
        assertEquals(1.0, r.percentileMillis(95));
    }

    @Test
    void percentilesOverATimeWindowCountOnlyTheSamplesInIt() {
        LatencyRecorder r = new LatencyRecorder(100);
        for (int i = 1; i <= 10; i++) {
            r.record(i * 1_000_000L, i * 1_000_000_000L);
        }
        long since = r.newestNanos() - 4_000_000_000L;
        assertEquals(5, r.countSince(since));
        assertEquals(8.0, r.percentileMillisSince(50, since));
        assertEquals(10.0, r.percentileMillisSince(100, since));
        assertTrue(Double.isNaN(r.percentileMillisSince(50, r.newestNanos() + 1)));
    }
}
