package org.losslens.app.performance;

import org.losslens.app.i18n.Messages;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import org.losslens.app.compute.Evaluation;

/**
 * Measures what the user feels: input-to-repaint latency (from the input event that caused a request
 * to the end of the pulse that shows its result), the core's compute time, and frames per second.
 * Publishes one summary line for the status bar and the optional overlay.
 */
public final class PerformanceMonitor {

    private final LatencyRecorder latencies = new LatencyRecorder(2000);
    private final FrameRateMeter frames = new FrameRateMeter();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Messages messages;
    private Evaluation shownAwaitingPaint;
    private Evaluation last;

    public PerformanceMonitor(Scene scene, Messages messages) {
        this.messages = messages;
        // After this pulse's layout the new values are in the scene graph and are rendered next.
        scene.addPostLayoutPulseListener(() -> {
            if (shownAwaitingPaint != null) {
                latencies.record(System.nanoTime() - shownAwaitingPaint.request().createdNanos());
                shownAwaitingPaint = null;
            }
        });
        new AnimationTimer() {
            private long lastSummary;

            @Override
            public void handle(long now) {
                frames.frame(now);
                if (now - lastSummary > 250_000_000L) {
                    lastSummary = now;
                    updateSummary();
                }
            }
        }.start();
    }

    /** Call when a result has been applied to the views (on the FX thread). */
    public void shown(Evaluation evaluation) {
        // The first result includes start-up and JIT warm-up, which no input caused.
        shownAwaitingPaint = last == null ? null : evaluation;
        last = evaluation;
    }

    public LatencyRecorder latencies() {
        return latencies;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void updateSummary() {
        if (last == null) {
            return;
        }
        String size = last.request().masks().width() + "×" + last.request().masks().height();
        if (last.failed()) {
            summary.set(messages.get("performance.failed", size, last.failure()));
            return;
        }
        long computed = last.outcomes().values().stream().filter(o -> o.isComputed()).count();
        String latency = latencies.count() == 0 ? messages.get("performance.latency.none")
                : messages.get("performance.latency", String.format(Locale.ROOT, "%.1f", latencies.percentileMillis(95)),
                String.valueOf(latencies.count()));
        summary.set(messages.get("performance.summary", size, String.valueOf(computed),
                String.format(Locale.ROOT, "%.1f", last.computeMillis()), latency,
                String.format(Locale.ROOT, "%.0f", frames.framesPerSecond())));
    }
}
