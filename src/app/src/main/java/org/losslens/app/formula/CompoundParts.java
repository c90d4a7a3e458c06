package org.losslens.app.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.losslens.app.masks.Masks;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.WeightedSum;
import org.losslens.core.loss.param.Params;

/**
 * A compound loss taken apart: each weighted term's value on the drawing (Dice vs CE for dice_ce,
 * the focal and focal-Tversky halves of the unified focal loss, …) and the sum's constant, so the
 * panel can show which part carries the loss. The parts are the core's own terms
 * ({@link WeightedSum#terms()}), each evaluated by the core; they add up to the compound's value.
 */
public record CompoundParts(List<Part> parts, double offset) {

    /**
     * One term: {@code weight · value} is its share of the loss.
     *
     * @param kind the term's loss, by its class's simple name ("Dice", "BinaryCrossEntropy"): the
     *             key of its words in the messages ({@code formula.part.<kind>})
     */
    public record Part(String kind, double weight, double value) {
        public double share() {
            return weight * value;
        }
    }

    public CompoundParts {
        parts = List.copyOf(parts);
    }

    /** Σ weight·value + offset: the compound's value. */
    public double total() {
        return parts.stream().mapToDouble(Part::share).sum() + offset;
    }

    /** Empty unless {@code spec} with {@code params} is a weighted sum of losses. */
    public static Optional<CompoundParts> of(LossSpec spec, Params params, Masks masks) {
        if (masks == null || masks.mode() != spec.mode()) {
            return Optional.empty();
        }
        Loss loss = spec.create(params);
        if (!(loss instanceof WeightedSum sum)) {
            return Optional.empty();
        }
        LossInput input = LossInput.of(masks.logits(), masks.target());
        List<Part> parts = new ArrayList<>();
        for (WeightedSum.Term term : sum.terms()) {
            parts.add(new Part(term.loss().getClass().getSimpleName(), term.weight(),
                    term.loss().evaluate(input).value()));
        }
        return Optional.of(new CompoundParts(parts, sum.offset()));
    }
}
