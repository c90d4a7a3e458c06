package org.losslens.app.performance;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import org.losslens.app.compute.ComputeService;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.i18n.Messages;

/**
 * Measures what the user feels: from the input event (a brush move, a slider, a click on another loss)
 * to the end of the layout pass of the pulse that shows its result — once for the selected loss's value
 * and heatmap (the first stage), once for every loss of the table (complete). The status bar says the
 * first, over the last {@value #WINDOW_SECONDS} s of input, with how many inputs that is, and how long
 * the core took for every loss; the frame breakdown ({@link FrameTrace}) gets every stage.
 *
 * <p>No timer of its own: the line is updated when a result is shown (at most four times a second), so
 * an idle window has no animation pulses.
 */
public final class PerformanceMonitor {

    static final int WINDOW_SECONDS = 5;
    private static final long WINDOW_NANOS = WINDOW_SECONDS * 1_000_000_000L;
    private static final long SUMMARY_EVERY_NANOS = 250_000_000L;

    private final LatencyRecorder latencies = new LatencyRecorder(4000);
    private final LatencyRecorder completeLatencies = new LatencyRecorder(4000);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Messages messages;
    /** When each submission's stages left the compute threads, for the hand-over time. */
    private final Map<Long, Long> finished = new ConcurrentHashMap<>();
    private Evaluation firstAwaitingPaint;
    private Evaluation completeAwaitingPaint;
    private Evaluation lastComplete;
    private boolean warm;
    private long pulseStart;
    private long lastSummary;

    public PerformanceMonitor(Scene scene, Messages messages) {
        this.messages = messages;
        scene.addPreLayoutPulseListener(() -> pulseStart = System.nanoTime());
        // After this pulse's layout the new values are in the scene graph and are rendered next.
        scene.addPostLayoutPulseListener(this::laidOut);
        messages.localeProperty().addListener(o -> updateSummary());
    }

    /** Receives each compute stage's timing (on a compute thread). */
    public void computed(ComputeService.Timing t) {
        String stage = t.stage() == Evaluation.Stage.FIRST ? "2 first" : "3 rest";
        FrameTrace.record(stage + ": a queue wait", t.startedNanos() - t.submittedNanos());
        // A PARTIAL rest stage ran until a newer input stopped it, so its time is mostly the interval between
        // inputs: kept apart from the COMPLETE ones, which time every other loss of the drawing.
        FrameTrace.record(stage + (t.stage() == Evaluation.Stage.PARTIAL ? ": b compute, stopped by a newer input"
                : ": b compute"), t.finishedNanos() - t.startedNanos());
        if (FrameTrace.enabled()) {
            finished.put(t.stage() == Evaluation.Stage.FIRST ? t.sequence() : -t.sequence(), t.finishedNanos());
            if (finished.size() > 1000) {
                finished.clear();
            }
        }
    }

    /** Call when a stage of a result has been applied to the views (on the FX thread). */
    public void shown(Evaluation evaluation) {
        boolean first = evaluation.stage() == Evaluation.Stage.FIRST;
        Long left = finished.remove(first ? evaluation.sequence() : -evaluation.sequence());
        if (left != null) {
            FrameTrace.since((first ? "2 first" : "3 rest") + ": c hand-over + apply", left);
        }
        // The first results include start-up and JIT warm-up, which no input caused.
        if (first) {
            firstAwaitingPaint = warm ? evaluation : null;
            warm = true;
        } else if (evaluation.isComplete()) {
            completeAwaitingPaint = lastComplete == null ? null : evaluation;
            lastComplete = evaluation;
        }
    }

    private void laidOut() {
        long now = System.nanoTime();
        if (pulseStart != 0) {
            FrameTrace.record("4 pulse: CSS + layout", now - pulseStart);
        }
        if (firstAwaitingPaint != null) {
            long latency = now - firstAwaitingPaint.request().createdNanos();
            latencies.record(latency, now);
            FrameTrace.record("5 input → selected loss laid out", latency);
            firstAwaitingPaint = null;
        }
        if (completeAwaitingPaint != null) {
            long latency = now - completeAwaitingPaint.request().createdNanos();
            completeLatencies.record(latency, now);
            FrameTrace.record("5 input → every loss laid out", latency);
            completeAwaitingPaint = null;
        }
        if (now - lastSummary > SUMMARY_EVERY_NANOS) {
            lastSummary = now;
            updateSummary();
        }
    }

    /** Input → the selected loss's value and heatmap laid out (the first stage). */
    public LatencyRecorder latencies() {
        return latencies;
    }

    /** Input → every loss of the mode laid out (the complete stage). */
    public LatencyRecorder completeLatencies() {
        return completeLatencies;
    }

    /**
     * "128×128 · selected loss on screen 12 ms after an input (median; 95 % within 20 ms; last 5 s, 240
     * inputs) · all 22 losses computed in 31 ms".
     */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void updateSummary() {
        if (lastComplete == null) {
            return;
        }
        if (lastComplete.failed()) {
            summary.set(messages.get("performance.failed", lastComplete.request().masks().width() + "×"
                    + lastComplete.request().masks().height(), lastComplete.failure()));
            return;
        }
        long since = latencies.newestNanos() - WINDOW_NANOS;
        int n = latencies.countSince(since);
        String latency = n == 0 ? messages.get("performance.latency.none")
                : messages.get("performance.latency", millis(latencies.percentileMillisSince(50, since)),
                millis(latencies.percentileMillisSince(95, since)), String.valueOf(WINDOW_SECONDS), String.valueOf(n));
        long computed = lastComplete.outcomes().values().stream().filter(o -> o.isComputed()).count();
        summary.set(messages.get("performance.summary", lastComplete.request().masks().width() + "×"
                + lastComplete.request().masks().height(), latency, String.valueOf(computed),
                millis(lastComplete.computeMillis())));
    }

    private static String millis(double ms) {
        return String.format(Locale.ROOT, "%.0f", ms);
    }
}
