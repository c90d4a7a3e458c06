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
 * @param gradientsFor   loss ids whose full gradient is kept (the others' are discarded after use)
 * @param createdNanos   {@link System#nanoTime()} of the input event, for input-to-repaint latency
 */
public record EvaluationRequest(Masks masks, List<LossSpec> losses, Map<String, Params> params,
                                Set<String> gradientsFor, long createdNanos) {

    public EvaluationRequest {
        losses = List.copyOf(losses);
        params = Map.copyOf(params);
        gradientsFor = Set.copyOf(gradientsFor);
    }

    public EvaluationRequest withCreatedNanos(long nanos) {
        return new EvaluationRequest(masks, losses, params, gradientsFor, nanos);
    }
}
