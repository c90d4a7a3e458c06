package org.losslens.app.compute;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.tensor.Tensor;

/**
 * Runs the core for one request. Only calls the core: no loss math lives in the app.
 *
 * <p>Not thread-safe: one evaluator belongs to one compute thread. Its input comes from
 * {@link SharedInputs}, one per masks snapshot instance and shared with the other compute threads'
 * evaluators, so a slider move recomputes only the losses (activations and GT facts are shared, as
 * src/ARCHITECTURE.md describes), a drawing's activations, prediction facts and metrics are built once
 * whichever threads its losses run on, and one scratch gradient serves the losses whose gradient nobody
 * displays.
 */
public final class LossEvaluator implements Evaluator {

    private final SharedInputs inputs;
    private double[] scratch = new double[0];

    /** An evaluator with inputs of its own (one-off evaluations, tests). */
    public LossEvaluator() {
        this(new SharedInputs());
    }

    /** An evaluator that shares each drawing's input with the other evaluators given {@code inputs}. */
    public LossEvaluator(SharedInputs inputs) {
        this.inputs = inputs;
    }

    @Override
    public Evaluation evaluate(EvaluationRequest request) {
        long start = System.nanoTime();
        SharedInputs.Entry drawing = inputs.of(request.masks());
        LossInput input = drawing.input();
        Map<String, LossOutcome> outcomes = new LinkedHashMap<>();
        Map<String, Tensor> gradients = new LinkedHashMap<>();
        for (LossSpec spec : request.losses()) {
            if (!spec.implemented()) {
                outcomes.put(spec.id(), LossOutcome.unavailable(spec, "not yet available"));
                continue;
            }
            try {
                spec.checkApplicable(input);
                boolean keep = request.gradientsFor().contains(spec.id());
                double[] gradient = keep ? new double[input.shape().size()] : scratch(input.shape().size());
                double value = spec.create(request.params().getOrDefault(spec.id(), spec.defaults()))
                        .accumulate(input, 1.0, gradient);
                outcomes.put(spec.id(), LossOutcome.computed(spec, value));
                if (keep) {
                    gradients.put(spec.id(), Tensor.adopt(input.shape(), gradient));
                }
            } catch (RuntimeException e) {
                // One loss failing (bad parameter corner, unsupported input) must not blank the others.
                outcomes.put(spec.id(), LossOutcome.unavailable(spec, e.getMessage()));
            }
        }
        // once per drawing: the staged path asks for a drawing's losses in several parts
        return new Evaluation(request, outcomes, gradients, drawing.metrics(), drawing.classMetrics(),
                System.nanoTime() - start);
    }

    private double[] scratch(int size) {
        if (scratch.length != size) {
            scratch = new double[size];
        } else {
            Arrays.fill(scratch, 0);
        }
        return scratch;
    }
}
