package org.losslens.app.pin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.compute.EvaluationRequest;
import org.losslens.app.compute.Evaluator;
import org.losslens.app.compute.LatestWinsWorker;
import org.losslens.app.compute.LossOutcome;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.param.Params;
import org.losslens.core.metrics.OverlapMetrics;
import org.losslens.core.tensor.Tensor;

/**
 * A pinned baseline "A": one complete evaluation (every loss of its mode, its metrics, the drawing
 * and parameters it was computed for) that the current state "B" is compared with — each loss and
 * metric as value, B − A and B / A, and the heatmap as A | B | B − A. "Tiny object missed vs found"
 * or "false positive near vs far" then become one pin and one edit.
 *
 * <p>The pin is computed off the FX thread only when it is restored (session, scenario step) or
 * when the heatmap shows a loss whose gradient the pinned evaluation did not keep: its own worker
 * then evaluates the pinned drawing with the pinned parameters (the live loop's evaluator, so the
 * numbers are the core's). Holds no nodes.
 */
public final class PinViewModel implements AutoCloseable {

    private final ObservableValue<Evaluation> latest;
    private final ObservableValue<String> heatmapLoss;
    private final Consumer<Runnable> publisher;
    private final ReadOnlyObjectWrapper<Evaluation> pinned = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Tensor> pinnedGradient = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty compare = new SimpleBooleanProperty(false);
    private final LatestWinsWorker<Job> worker;
    /** Counts pins, so a late result of an older pin (or loss) is dropped. */
    private volatile long generation;
    /** A restored pin or its gradient is being computed (the comparison is not on screen yet). */
    private boolean computing;

    /** What the worker computes: a whole pin (restore) or one loss's gradient of the current pin. */
    private record Job(long generation, EvaluationRequest request, boolean whole) {
    }

    /**
     * @param latest      the newest complete evaluation (what "Pin" captures)
     * @param heatmapLoss the id of the loss the heatmap shows (A is its gradient in the pinned state)
     * @param evaluators  a fresh evaluator for the pin's worker thread
     * @param publisher   delivers results on the UI thread
     */
    public PinViewModel(ObservableValue<Evaluation> latest, ObservableValue<String> heatmapLoss,
                        Supplier<Evaluator> evaluators, Consumer<Runnable> publisher) {
        this.latest = latest;
        this.heatmapLoss = heatmapLoss;
        this.publisher = publisher;
        Evaluator evaluator = evaluators.get();
        worker = new LatestWinsWorker<>("losslens-pin", job -> {
            Evaluation result = evaluator.evaluate(job.request());
            publisher.accept(() -> delivered(job, result));
        });
        heatmapLoss.addListener((obs, old, now) -> followHeatmapLoss());
    }

    /** Whether A (or its gradient of the loss on display) is still being computed. */
    public boolean isComputing() {
        return computing;
    }

    /** The pinned evaluation A, or null. */
    public ReadOnlyObjectProperty<Evaluation> pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    public boolean isPinned() {
        return pinned.get() != null;
    }

    /** A's gradient of the loss the heatmap shows; null while it is computed or without a pin. */
    public ReadOnlyObjectProperty<Tensor> pinnedGradientProperty() {
        return pinnedGradient.getReadOnlyProperty();
    }

    /** Whether the gradient tab shows A | B | B − A instead of the current gradient alone. */
    public BooleanProperty compareProperty() {
        return compare;
    }

    /**
     * Pins the state on screen (the newest complete evaluation) as A.
     *
     * @return false if nothing is computed yet (nothing pinned then)
     */
    public boolean pin() {
        Evaluation now = latest.getValue();
        if (now == null || now.failed()) {
            return false;
        }
        generation++;
        computing = false;
        pinned.set(now);
        followHeatmapLoss();
        return true;
    }

    /** Pins a state that is not on screen (a saved session's pin, an earlier scenario step), computed off the FX thread. */
    public void restore(Masks masks, Map<String, Params> parameters) {
        generation++;
        pinned.set(null);
        pinnedGradient.set(null);
        List<LossSpec> losses = LossCatalogue.forMode(masks.mode());
        String shown = heatmapLoss.getValue();
        Set<String> gradients = shown == null || shown.isEmpty() ? Set.of() : Set.of(shown);
        computing = true;
        worker.submit(new Job(generation, new EvaluationRequest(masks, losses, parameters, gradients, 0), true));
    }

    /** Removes the pin; the comparison view goes back to the current gradient. */
    public void clear() {
        generation++;
        computing = false;
        pinned.set(null);
        pinnedGradient.set(null);
        compare.set(false);
    }

    /** A loss's value now against the pin; empty without a pin or if either has no value for it. */
    public Optional<PinComparison> compare(String lossId, double now) {
        Evaluation a = pinned.get();
        if (a == null || !Double.isFinite(now)) {
            return Optional.empty();
        }
        return a.outcome(lossId).filter(LossOutcome::isComputed).map(o -> new PinComparison(o.value(), now));
    }

    /** The pinned binary metrics, or null (no pin, a multiclass pin, a failed one). */
    public OverlapMetrics pinnedMetrics() {
        Evaluation a = pinned.get();
        return a == null ? null : a.metrics();
    }

    private void followHeatmapLoss() {
        Evaluation a = pinned.get();
        String id = heatmapLoss.getValue();
        if (a == null || id == null || id.isEmpty()) {
            pinnedGradient.set(null);
            return;
        }
        Optional<Tensor> kept = a.gradient(id);
        if (kept.isPresent()) {
            pinnedGradient.set(kept.get());
            return;
        }
        pinnedGradient.set(null);
        Optional<LossSpec> spec = a.request().losses().stream().filter(s -> s.id().equals(id)).findFirst();
        // a loss of the other mode has no pinned counterpart: A stays empty
        spec.ifPresent(s -> {
            computing = true;
            worker.submit(new Job(generation, new EvaluationRequest(a.request().masks(), List.of(s),
                    a.request().params(), Set.of(id), 0), false));
        });
    }

    private void delivered(Job job, Evaluation result) {
        if (job.generation() != generation) {
            return;
        }
        computing = false;
        if (job.whole()) {
            pinned.set(result);
            followHeatmapLoss();
            return;
        }
        String id = heatmapLoss.getValue();
        result.gradient(id == null ? "" : id).ifPresent(pinnedGradient::set);
    }

    @Override
    public void close() {
        worker.close();
    }
}
