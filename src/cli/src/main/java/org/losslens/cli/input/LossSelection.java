package org.losslens.cli.input;

import java.util.List;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/** The losses a command works on: those named by {@code --loss}, or every loss of the mode. */
public final class LossSelection {

    private LossSelection() {
    }

    public static List<LossSpec> of(List<String> ids, Mode mode) {
        if (ids == null || ids.isEmpty()) {
            return LossCatalogue.forMode(mode).stream().filter(LossSpec::implemented).toList();
        }
        return ids.stream().map(id -> ParameterOverrides.requireLoss(id.trim(), mode)).toList();
    }
}
