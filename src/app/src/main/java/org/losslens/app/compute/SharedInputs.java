package org.losslens.app.compute;

import java.util.List;
import org.losslens.app.masks.Masks;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Mode;
import org.losslens.core.metrics.ClassMetrics;
import org.losslens.core.metrics.OverlapMetrics;

/**
 * The core's input (activations, target and their cached facts) and the overlap metrics of the
 * newest drawings, built once and shared by every compute thread.
 *
 * <p>Why: the live loop spreads one request's losses over several threads, each with its own
 * {@link LossEvaluator}. Given a private input each, every thread rebuilt the activations and every
 * prediction-derived fact its losses asked for (the thresholded masks' distance maps, the soft
 * skeleton of the prediction, the log-softmax): after a prediction edit the same work ran on up to
 * three threads. {@link LossInput} and its caches are safe for concurrent use, so one instance per
 * drawing serves them all; the first thread to ask builds it while the others asking for the same
 * drawing wait for it. The build holds only its own entry's lock, so a thread that wants the previous
 * drawing meanwhile is not held up.
 *
 * <p>The last {@value #KEPT} drawings are kept: the first stage can already be on the newest drawing
 * while the other losses of the previous one finish.
 */
public final class SharedInputs {

    private static final int KEPT = 2;

    /** One drawing's input and metrics, each computed on first use. */
    static final class Entry {
        private final Masks masks;
        private LossInput input;
        private OverlapMetrics metrics;
        private List<OverlapMetrics> classMetrics;

        private Entry(Masks masks) {
            this.masks = masks;
        }

        synchronized LossInput input() {
            if (input == null) {
                input = LossInput.of(masks.logits(), masks.target());
            }
            return input;
        }

        synchronized OverlapMetrics metrics() {
            if (metrics == null) {
                metrics = OverlapMetrics.of(masks.groundTruthCopy(), masks.probabilityCopy());
            }
            return metrics;
        }

        synchronized List<OverlapMetrics> classMetrics() {
            if (classMetrics == null) {
                classMetrics = masks.mode() == Mode.MULTICLASS ? ClassMetrics.of(input()) : List.of();
            }
            return classMetrics;
        }
    }

    /** Newest first. */
    private final Entry[] entries = new Entry[KEPT];

    /** The entry of {@code masks} (the same snapshot instance), a new one if it is not among the last ones. */
    synchronized Entry of(Masks masks) {
        for (Entry e : entries) {
            if (e != null && e.masks == masks) {
                return e;
            }
        }
        Entry built = new Entry(masks);
        System.arraycopy(entries, 0, entries, 1, KEPT - 1);
        entries[0] = built;
        return built;
    }
}
