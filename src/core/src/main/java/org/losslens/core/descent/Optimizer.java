package org.losslens.core.descent;

/**
 * Updates parameters (here: the prediction's logits) in place from their gradient. Stateful
 * optimizers keep per-parameter state; {@link #fresh()} gives a copy with that state cleared.
 */
public interface Optimizer {

    /** One update of {@code parameters} given ∂L/∂parameters. */
    void apply(double[] parameters, double[] gradient);

    /** The same optimizer and settings, with no accumulated state. */
    Optimizer fresh();

    /** A short label, e.g. "Adam lr=0.1". */
    String label();
}
