package org.losslens.app.performance;

import java.util.Arrays;

/**
 * Keeps the last N input-to-repaint latencies and reports percentiles: the number the target
 * is about. Thread-confined (the FX thread), or guarded by its user (FrameTrace).
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

    /** The p-th percentile (0–100, nearest rank) in milliseconds; NaN with no samples. */
    public double percentileMillis(double p) {
        return percentileMillisSince(p, Long.MIN_VALUE);
    }

    /** The samples observed at or after {@code sinceNanos}: how many, and their p-th percentile (ms). */
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
        long[] recent = new long[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (times[i] >= sinceNanos) {
                recent[n++] = samples[i];
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(recent, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
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
