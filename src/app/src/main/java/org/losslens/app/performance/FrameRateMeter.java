package org.losslens.app.performance;

/** Frames per second over a sliding one-second window of pulse timestamps. */
public final class FrameRateMeter {

    private static final long WINDOW_NANOS = 1_000_000_000L;
    private final long[] stamps = new long[512];
    private int head;
    private int size;

    public void frame(long nowNanos) {
        stamps[(head + size) % stamps.length] = nowNanos;
        if (size < stamps.length) {
            size++;
        } else {
            head = (head + 1) % stamps.length;
        }
        while (size > 0 && nowNanos - stamps[head] > WINDOW_NANOS) {
            head = (head + 1) % stamps.length;
            size--;
        }
    }

    public double framesPerSecond() {
        return size;
    }
}
