package org.losslens.app.performance;

import java.util.Arrays;

/**
 * Keeps the last N input-to-repaint latencies and reports percentiles: the number the target
 * (p95 ≤ 16 ms at 128², ≤ 33 ms at 256²) is about. Thread-confined to the FX thread.
 */
public final class LatencyRecorder {

    private final long[] samples;
    private int count;
    private int next;

    public LatencyRecorder(int capacity) {
        samples = new long[capacity];
    }

    public void record(long nanos) {
        samples[next] = nanos;
        next = (next + 1) % samples.length;
        count = Math.min(count + 1, samples.length);
    }

    public int count() {
        return count;
    }

    /** The p-th percentile (0–100, nearest rank) in milliseconds; NaN with no samples. */
    public double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    public void clear() {
        count = 0;
        next = 0;
    }
}
