package org.losslens.app.compute;

import org.losslens.core.loss.LossSpec;

/**
 * One row of a computation: a value, or why there is none.
 *
 * @param value   the loss value; NaN when {@code problem} is set
 * @param problem null if computed; otherwise a short reason ("not yet available", the core's message)
 */
public record LossOutcome(LossSpec spec, double value, String problem) {

    public static LossOutcome computed(LossSpec spec, double value) {
        return new LossOutcome(spec, value, null);
    }

    public static LossOutcome unavailable(LossSpec spec, String problem) {
        return new LossOutcome(spec, Double.NaN, problem);
    }

    public boolean isComputed() {
        return problem == null;
    }
}
