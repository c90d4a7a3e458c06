package org.losslens.app.performance;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Keeps the last N input-to-repaint latencies and reports percentiles: the number the target
 * (p95 ≤ 16 ms at 128², ≤ 33 ms at 256²) is about. The window and the percentiles are Commons Math's
 * {@link DescriptiveStatistics}; percentiles are nearest rank (estimation type R-1, Hyndman & Fan
 * 1996), so every reported latency is one that was measured. Thread-confined to the FX thread.
 */
public final class LatencyRecorder {

    private final DescriptiveStatistics millis;

    public LatencyRecorder(int capacity) {
        millis = new DescriptiveStatistics(capacity);
        millis.setPercentileImpl(new Percentile().withEstimationType(EstimationType.R_1));
    }

    public void record(long nanos) {
        millis.addValue(nanos / 1e6);
    }

    public int count() {
        return (int) millis.getN();
    }

    /** The p-th percentile (0 < p ≤ 100, nearest rank) in milliseconds; NaN with no samples. */
    public double percentileMillis(double p) {
        return millis.getPercentile(p);
    }

    public void clear() {
        millis.clear();
    }
}
