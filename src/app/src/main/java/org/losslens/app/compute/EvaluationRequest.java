package org.losslens.app.compute;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.losslens.app.masks.Masks;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.param.Params;

/**
 * Everything one computation needs, as immutable values, so the compute thread never reads live UI
 * state.
 *
 * @param masks          the drawing at the time of the input
 * @param losses         the catalogue entries to evaluate (unimplemented ones are reported as such)
 * @param params         parameters per loss id
 * @param gradientsFor   loss ids whose full gradient is kept (the others' are discarded after use); always
 *                       includes {@code first}
 * @param createdNanos   {@link System#nanoTime()} of the input event, for input-to-repaint latency
 * @param first          the loss computed and published before all others (the one on screen); "" for none
 */
public record EvaluationRequest(Masks masks, List<LossSpec> losses, Map<String, Params> params,
                                Set<String> gradientsFor, long createdNanos, String first) {

    public EvaluationRequest {
        losses = List.copyOf(losses);
        params = Map.copyOf(params);
        first = first == null ? "" : first;
        if (!first.isEmpty() && !gradientsFor.contains(first)) {
            // the first loss is the one on screen: its gradient is always kept
            gradientsFor = new java.util.HashSet<>(gradientsFor);
            gradientsFor.add(first);
        }
        gradientsFor = Set.copyOf(gradientsFor);
    }

    /** A request without a loss to publish first. */
    public EvaluationRequest(Masks masks, List<LossSpec> losses, Map<String, Params> params,
                             Set<String> gradientsFor, long createdNanos) {
        this(masks, losses, params, gradientsFor, createdNanos, "");
    }

    public EvaluationRequest withCreatedNanos(long nanos) {
        return new EvaluationRequest(masks, losses, params, gradientsFor, nanos, first);
    }

    /** The same request restricted to {@code subset} (a stage of the staged path). */
    public EvaluationRequest withLosses(List<LossSpec> subset) {
        return new EvaluationRequest(masks, subset, params, gradientsFor, createdNanos, first);
    }
}
