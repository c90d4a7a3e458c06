package org.losslens.app.performance;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Keeps the last N input-to-repaint latencies with the time each was observed, and reports
 * percentiles over all of them or over a recent time window (the status line's "last 5 s"). The
 * percentiles are Commons Math's {@link DescriptiveStatistics}, nearest rank (estimation type R-1,
 * Hyndman &amp; Fan 1996), so every reported latency is one that was measured. Thread-confined (the FX
 * thread), or guarded by its user (FrameTrace).
 */
public final class LatencyRecorder {

    private final long[] samples;
    private final long[] times;
    private int count;
    private int next;

    public LatencyRecorder(int capacity) {
        samples = new long[capacity];
        times = new long[capacity];
    }

    public void record(long nanos) {
        record(nanos, System.nanoTime());
    }

    /** Records a latency of {@code nanos} observed at {@code atNanos} ({@link System#nanoTime()}). */
    public void record(long nanos, long atNanos) {
        samples[next] = nanos;
        times[next] = atNanos;
        next = (next + 1) % samples.length;
        count = Math.min(count + 1, samples.length);
    }

    public int count() {
        return count;
    }

    /** The p-th percentile (0 < p ≤ 100, nearest rank) in milliseconds; NaN with no samples. */
    public double percentileMillis(double p) {
        return percentileMillisSince(p, Long.MIN_VALUE);
    }

    /** How many samples were observed at or after {@code sinceNanos}. */
    public int countSince(long sinceNanos) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (times[i] >= sinceNanos) {
                n++;
            }
        }
        return n;
    }

    /** Like {@link #percentileMillis(double)}, over the samples observed at or after {@code sinceNanos}. */
    public double percentileMillisSince(double p, long sinceNanos) {
        DescriptiveStatistics millis = new DescriptiveStatistics();
        millis.setPercentileImpl(new Percentile().withEstimationType(EstimationType.R_1));
        for (int i = 0; i < count; i++) {
            if (times[i] >= sinceNanos) {
                millis.addValue(samples[i] / 1e6);
            }
        }
        return millis.getN() == 0 ? Double.NaN : millis.getPercentile(p);
    }

    /** When the newest sample was observed; Long.MIN_VALUE with none. */
    public long newestNanos() {
        return count == 0 ? Long.MIN_VALUE : times[(next - 1 + samples.length) % samples.length];
    }

    public void clear() {
        count = 0;
        next = 0;
    }
}
