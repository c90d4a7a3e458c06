package org.losslens.app.compute;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.losslens.core.metrics.OverlapMetrics;
import org.losslens.core.tensor.Tensor;

/**
 * The result of one {@link EvaluationRequest}: every loss's value, the kept gradients, the metrics
 * of the thresholded prediction (foreground vs background), per class for a multiclass drawing
 * (arg-max prediction; empty for binary), and how long the core took.
 */
public record Evaluation(EvaluationRequest request, Map<String, LossOutcome> outcomes, Map<String, Tensor> gradients,
                         OverlapMetrics metrics, List<OverlapMetrics> classMetrics, long computeNanos) {

    public Evaluation {
        outcomes = Map.copyOf(outcomes);
        gradients = Map.copyOf(gradients);
        classMetrics = List.copyOf(classMetrics);
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
