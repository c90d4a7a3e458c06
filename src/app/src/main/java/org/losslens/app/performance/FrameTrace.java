package org.losslens.app.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a frame goes: named phases of the live loop (the input handler, the compute stages with their
 * queue wait, the hand-over to the FX thread, applying a result, painting each view, the pulse's CSS and
 * layout) timed in place, for the frame breakdown. Off unless the JVM runs with
 * {@code -Dlosslens.trace=true} (or a benchmark {@link #enable() enables} it): then each phase keeps its
 * last samples and {@link #report()} prints count, p50, p95 and max per phase. Rendering itself runs on
 * JavaFX's render thread, out of reach here: {@code -Djavafx.pulseLogger=true} prints it per pulse.
 *
 * <p>Static on purpose: the phases are spread over views that know nothing of each other, and a disabled
 * trace must cost one volatile read per call site.
 */
public final class FrameTrace {

    private static final int SAMPLES = 4096;
    private static volatile boolean enabled = Boolean.getBoolean("losslens.trace");
    private static final Map<String, LatencyRecorder> PHASES = new ConcurrentHashMap<>();

    private FrameTrace() {
    }

    public static boolean enabled() {
        return enabled;
    }

    public static void enable() {
        enabled = true;
    }

    /** Records that {@code phase} took from {@code startNanos} until now. */
    public static void since(String phase, long startNanos) {
        if (enabled) {
            record(phase, System.nanoTime() - startNanos);
        }
    }

    /** Records one duration of {@code phase}. */
    public static void record(String phase, long nanos) {
        if (!enabled) {
            return;
        }
        LatencyRecorder recorder = PHASES.computeIfAbsent(phase, p -> new LatencyRecorder(SAMPLES));
        synchronized (recorder) {
            recorder.record(Math.max(0, nanos));
        }
    }

    /** One phase's figures in milliseconds. */
    public record Phase(String name, int count, double p50, double p95, double max) {
    }

    public static List<Phase> phases() {
        List<Phase> out = new ArrayList<>();
        PHASES.forEach((name, r) -> {
            synchronized (r) {
                out.add(new Phase(name, r.count(), r.percentileMillis(50), r.percentileMillis(95),
                        r.percentileMillis(100)));
            }
        });
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
    }

    /** The phases as a table, one line each: name, count, p50, p95, max (ms). */
    public static String report() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "  %-28s %6s %8s %8s %8s%n",
                "phase", "n", "p50 ms", "p95 ms", "max ms"));
        for (Phase p : phases()) {
            out.append(String.format(Locale.ROOT, "  %-28s %6d %8.2f %8.2f %8.2f%n", p.name(), p.count(), p.p50(),
                    p.p95(), p.max()));
        }
        return out.toString();
    }

    public static void clear() {
        PHASES.clear();
    }
}
