package org.losslens.app.compute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.losslens.core.metrics.OverlapMetrics;
import org.losslens.core.tensor.Tensor;

/**
 * The result of one {@link EvaluationRequest}: every loss's value, the kept gradients, the metrics
 * of the thresholded prediction (foreground vs background), per class for a multiclass drawing
 * (arg-max prediction; empty for binary), and how long the core took.
 *
 * <p>A computation that failed as a whole is still an Evaluation ({@link #failed}), so the views
 * replace what they showed by the failure instead of keeping the last values as if they were current.
 *
 * @param metrics null if the computation failed
 * @param failure null if computed; otherwise what went wrong (also every loss's outcome problem)
 */
public record Evaluation(EvaluationRequest request, Map<String, LossOutcome> outcomes, Map<String, Tensor> gradients,
                         OverlapMetrics metrics, List<OverlapMetrics> classMetrics, long computeNanos,
                         String failure) {

    public Evaluation {
        outcomes = Map.copyOf(outcomes);
        gradients = Map.copyOf(gradients);
        classMetrics = List.copyOf(classMetrics);
    }

    /** A computed evaluation. */
    public Evaluation(EvaluationRequest request, Map<String, LossOutcome> outcomes, Map<String, Tensor> gradients,
                      OverlapMetrics metrics, List<OverlapMetrics> classMetrics, long computeNanos) {
        this(request, outcomes, gradients, metrics, classMetrics, computeNanos, null);
    }

    /** The request could not be computed: every loss's row says so, no gradient, no metrics. */
    public static Evaluation failed(EvaluationRequest request, RuntimeException cause, long computeNanos) {
        String failure = "computation failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage());
        Map<String, LossOutcome> outcomes = new LinkedHashMap<>();
        request.losses().forEach(spec -> outcomes.put(spec.id(), LossOutcome.unavailable(spec, failure)));
        return new Evaluation(request, outcomes, Map.of(), null, List.of(), computeNanos, failure);
    }

    public boolean failed() {
        return failure != null;
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
