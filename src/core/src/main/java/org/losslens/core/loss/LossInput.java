package org.losslens.core.loss;

import java.util.function.Function;
import org.losslens.core.activation.Activations;
import org.losslens.core.cache.DerivedFacts;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * What every loss reads: the logits, their shared activations, and the ground truth (with its
 * cached facts). Build it once per (prediction, ground truth) pair and pass it to every loss: facts of
 * the pair (the overlap sums) are cached here, facts of the prediction in {@link Activations#derived},
 * of the ground truth in {@link Target#derived}.
 */
public final class LossInput {

    private final Activations activations;
    private final Target target;
    private final DerivedFacts<LossInput> derived = new DerivedFacts<>();

    private LossInput(Activations activations, Target target) {
        this.activations = activations;
        this.target = target;
    }

    /** Pairs logits with a target; the mode is the target's. */
    public static LossInput of(Tensor logits, Target target) {
        Activations activations = target.mode() == Mode.BINARY
                ? Activations.sigmoid(logits) : Activations.softmax(logits);
        return of(activations, target);
    }

    /** Pairs already computed activations (shared between targets) with a target. */
    public static LossInput of(Activations activations, Target target) {
        Shape s = activations.shape();
        if (activations.isSigmoid() != (target.mode() == Mode.BINARY)) {
            throw new IllegalArgumentException("activations are " + (activations.isSigmoid() ? "sigmoid" : "softmax")
                    + " but the target is " + target.mode().id());
        }
        if (s.height() != target.height() || s.width() != target.width()) {
            throw new IllegalArgumentException("logits are " + s.height() + "x" + s.width()
                    + " but the target is " + target.height() + "x" + target.width());
        }
        if (target.mode() == Mode.MULTICLASS && s.channels() != target.classes()) {
            throw new IllegalArgumentException(
                    "logits have " + s.channels() + " channels but the target has " + target.classes() + " classes");
        }
        return new LossInput(activations, target);
    }

    public Activations activations() {
        return activations;
    }

    public Target target() {
        return target;
    }

    public Mode mode() {
        return target.mode();
    }

    public Shape shape() {
        return activations.shape();
    }

    /** H·W. */
    public int pixels() {
        return activations.shape().pixels();
    }

    public int channels() {
        return activations.shape().channels();
    }

    /**
     * A fact of this (prediction, target) pair — e.g. the overlap sums Σpt, Σp, Σt that every region
     * loss starts from — computed on first use and then shared by every loss evaluated on this input.
     * The function is the cache key, so pass the same (static) function instance each time. Safe for
     * concurrent use.
     */
    public <T> T derived(Function<LossInput, T> fact) {
        return derived.get(this, fact);
    }
}
