package org.losslens.app.compute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.metrics.OverlapMetrics;
import org.losslens.core.tensor.Tensor;

/**
 * The result of one {@link EvaluationRequest}, or of one stage of it: every loss's value computed so
 * far, the kept gradients, the metrics of the thresholded prediction (foreground vs background), per
 * class for a multiclass drawing (arg-max prediction; empty for binary), and how long the core took.
 *
 * <p>A computation that failed is still an Evaluation ({@link #failed}), so the views replace what
 * they showed by the failure instead of keeping the last values as if they were current.
 *
 * @param metrics      null if the computation failed
 * @param computeNanos core time summed over the parts (with parallel parts, more than the wall time)
 * @param sequence     the order of submission: a larger number stands for a newer input
 * @param stage        which part of the staged path this is (see {@link Stage})
 * @param failure      null if computed; otherwise what went wrong (also the outcome problem of every
 *                     loss it covers)
 */
public record Evaluation(EvaluationRequest request, Map<String, LossOutcome> outcomes, Map<String, Tensor> gradients,
                         OverlapMetrics metrics, List<OverlapMetrics> classMetrics, long computeNanos,
                         long sequence, Stage stage, String failure) {

    /**
     * The live loop publishes a request in stages, so the loss the user looks at is on screen first.
     * FIRST: the request's {@link EvaluationRequest#first() first} loss and the metrics; PARTIAL: some
     * of the other losses (a newer input arrived before all were computed); COMPLETE: every loss.
     */
    public enum Stage { FIRST, PARTIAL, COMPLETE }

    public Evaluation {
        outcomes = Map.copyOf(outcomes);
        gradients = Map.copyOf(gradients);
        classMetrics = List.copyOf(classMetrics);
    }

    /** A whole request evaluated in one go. */
    public Evaluation(EvaluationRequest request, Map<String, LossOutcome> outcomes, Map<String, Tensor> gradients,
                      OverlapMetrics metrics, List<OverlapMetrics> classMetrics, long computeNanos) {
        this(request, outcomes, gradients, metrics, classMetrics, computeNanos, 0, Stage.COMPLETE, null);
    }

    /** The request could not be computed: every loss's row says so, no gradient, no metrics. */
    public static Evaluation failed(EvaluationRequest request, RuntimeException cause, long computeNanos) {
        String failure = "computation failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage());
        Map<String, LossOutcome> outcomes = new LinkedHashMap<>();
        request.losses().forEach(spec -> outcomes.put(spec.id(), LossOutcome.unavailable(spec, failure)));
        return new Evaluation(request, outcomes, Map.of(), null, List.of(), computeNanos, 0, Stage.COMPLETE, failure);
    }

    public boolean failed() {
        return failure != null;
    }

    /**
     * Joins the parts of one request into one result: outcomes in the request's loss order, every
     * kept gradient, the first part's metrics, the first failure of any part; COMPLETE when every loss
     * of the request has an outcome.
     */
    public static Evaluation merge(EvaluationRequest request, long sequence, List<Evaluation> parts) {
        Map<String, LossOutcome> found = new LinkedHashMap<>();
        Map<String, Tensor> gradients = new LinkedHashMap<>();
        long nanos = 0;
        String failure = null;
        for (Evaluation part : parts) {
            found.putAll(part.outcomes());
            gradients.putAll(part.gradients());
            nanos += part.computeNanos();
            if (failure == null) {
                failure = part.failure();
            }
        }
        Map<String, LossOutcome> ordered = new LinkedHashMap<>();
        for (LossSpec spec : request.losses()) {
            LossOutcome outcome = found.get(spec.id());
            if (outcome != null) {
                ordered.put(spec.id(), outcome);
            }
        }
        Evaluation head = parts.get(0);
        Stage stage = ordered.size() == request.losses().size() ? Stage.COMPLETE : Stage.PARTIAL;
        return new Evaluation(request, ordered, gradients, head.metrics(), head.classMetrics(), nanos, sequence, stage,
                failure);
    }

    /** This result as the given stage of submission {@code seq}. */
    public Evaluation as(long seq, Stage newStage) {
        return new Evaluation(request, outcomes, gradients, metrics, classMetrics, computeNanos, seq, newStage, failure);
    }

    public boolean isComplete() {
        return stage == Stage.COMPLETE;
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
