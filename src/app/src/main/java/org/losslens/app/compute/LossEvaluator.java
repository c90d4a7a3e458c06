package org.losslens.app.compute;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.losslens.app.masks.Masks;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.metrics.ClassMetrics;
import org.losslens.core.metrics.OverlapMetrics;
import org.losslens.core.tensor.Tensor;

/**
 * Runs the core for one request. Only calls the core: no loss math lives in the app.
 *
 * <p>Not thread-safe: one evaluator belongs to the single compute thread. It reuses the last
 * {@link LossInput} while the masks snapshot is the same instance, so a slider move recomputes only
 * the losses (activations and GT facts are shared, as src/ARCHITECTURE.md describes), computes the metrics once per
 * drawing, and reuses one scratch gradient for the losses whose gradient nobody displays.
 */
public final class LossEvaluator implements Evaluator {

    private Masks lastMasks;
    private LossInput lastInput;
    private OverlapMetrics lastMetrics;
    private List<OverlapMetrics> lastClassMetrics;
    private double[] scratch = new double[0];

    @Override
    public Evaluation evaluate(EvaluationRequest request) {
        long start = System.nanoTime();
        Masks masks = request.masks();
        LossInput input = inputFor(masks);
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
        if (lastMetrics == null) {
            // Once per drawing: the staged path asks for a drawing's losses in several parts.
            lastMetrics = OverlapMetrics.of(masks.groundTruthCopy(), masks.probabilityCopy());
            lastClassMetrics = input.mode() == Mode.MULTICLASS ? ClassMetrics.of(input) : List.of();
        }
        return new Evaluation(request, outcomes, gradients, lastMetrics, lastClassMetrics, System.nanoTime() - start);
    }

    private LossInput inputFor(Masks masks) {
        if (masks != lastMasks) {
            lastInput = LossInput.of(masks.logits(), masks.target());
            lastMasks = masks;
            lastMetrics = null;
        }
        return lastInput;
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
