package org.losslens.core.sweep;

import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.param.Params;

/** A loss with bound parameters and the name its curve carries, e.g. "focal γ=2". */
public record NamedLoss(String name, Loss loss) {

    public static NamedLoss of(LossSpec spec, Params params) {
        return new NamedLoss(spec.id(), spec.create(params));
    }
}
