package org.losslens.cli.bench;

import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;

/**
 * One timed entry: a catalogue entry with its parameters bound, and the workload it runs on.
 *
 * <p>"Cold" is the reference's unit of work: the logits are copied into a tensor, activations and a
 * fresh target (so every ground-truth distance map or contour) are built, then value + gradient.
 * "Warm" is how the app runs after a parameter move: the input and its caches already exist (one input
 * shared by every entry of a section, as the app shares one across the catalogue), only the loss runs.
 */
record BenchCase(LossSpec spec, Loss loss, Workload workload, LossInput warmInput) {

    static BenchCase of(LossSpec spec, Loss loss, Workload workload, LossInput warmInput) {
        spec.checkApplicable(warmInput);
        loss.evaluate(warmInput); // fills the target's caches this loss needs: warm runs reuse them
        return new BenchCase(spec, loss, workload, warmInput);
    }

    void runCold() {
        loss.evaluate(workload.coldInput());
    }

    void runWarm() {
        loss.evaluate(warmInput);
    }
}
