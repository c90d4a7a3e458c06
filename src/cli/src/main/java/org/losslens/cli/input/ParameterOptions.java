package org.losslens.cli.input;

import java.util.ArrayList;
import java.util.List;
import org.losslens.core.loss.Mode;
import picocli.CommandLine.Option;

/** {@code --param LOSS.NAME=VALUE}, repeatable: the loss parameters of table, render and sweep. */
public final class ParameterOptions {

    @Option(names = "--param", paramLabel = "LOSS.NAME=VALUE", description = "a parameter value, e.g. focal.gamma=1")
    private List<String> params = new ArrayList<>();

    /** The values, validated by the catalogue for losses of {@code mode}. */
    public ParameterOverrides overrides(Mode mode) {
        return new ParameterOverrides(params, mode);
    }
}
