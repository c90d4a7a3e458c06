package org.losslens.app.compute;

import java.util.Map;
import java.util.Optional;
import org.losslens.core.metrics.OverlapMetrics;
import org.losslens.core.tensor.Tensor;

/**
 * The result of one {@link EvaluationRequest}: every loss's value, the kept gradients, the metrics
 * of the thresholded prediction, and how long the core took.
 */
public record Evaluation(EvaluationRequest request, Map<String, LossOutcome> outcomes, Map<String, Tensor> gradients,
                         OverlapMetrics metrics, long computeNanos) {

    public Evaluation {
        outcomes = Map.copyOf(outcomes);
        gradients = Map.copyOf(gradients);
    }

    public Optional<LossOutcome> outcome(String lossId) {
        return Optional.ofNullable(outcomes.get(lossId));
    }

    public Optional<Tensor> gradient(String lossId) {
        return Optional.ofNullable(gradients.get(lossId));
    }

    public double computeMillis() {
        return computeNanos / 1e6;
    }
}
