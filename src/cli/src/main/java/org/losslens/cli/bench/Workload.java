package org.losslens.cli.bench;

import java.util.Arrays;
import org.losslens.core.activation.Activations;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * One prediction and ground truth as raw numbers, the way a reference benchmark receives them:
 * logits (C·H·W) and target values (H·W; labels for multiclass). "Cold" work starts from these.
 */
record Workload(Mode mode, Shape shape, double[] logits, double[] target) {

    /** The logits as a tensor (a copy, as the reference copies its array into a tensor per call). */
    Tensor logitTensor() {
        return Tensor.of(shape, logits);
    }

    /** A new target, with nothing cached yet. */
    Target freshTarget() {
        int h = shape.height();
        int w = shape.width();
        if (mode == Mode.BINARY) {
            return Target.binary(h, w, target);
        }
        int[] labels = new int[target.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (int) target[i];
        }
        return Target.labels(shape.channels(), h, w, labels);
    }

    /** Activations of the logits (what every prediction edit recomputes). */
    Activations activations(Tensor logits) {
        return mode == Mode.BINARY ? Activations.sigmoid(logits) : Activations.softmax(logits);
    }

    /** Everything built from scratch: the reference's unit of work before the loss itself. */
    LossInput coldInput() {
        Tensor x = logitTensor();
        return LossInput.of(activations(x), freshTarget());
    }

    /** True if both workloads hold the same numbers. */
    boolean sameAs(Workload other) {
        return mode == other.mode && shape.equals(other.shape) && Arrays.equals(logits, other.logits)
                && Arrays.equals(target, other.target);
    }
}
