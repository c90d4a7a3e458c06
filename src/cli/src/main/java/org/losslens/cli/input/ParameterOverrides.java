package org.losslens.cli.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.ParamKind;
import org.losslens.core.loss.param.ParamSpec;
import org.losslens.core.loss.param.Params;

/**
 * {@code --param loss.name=value} options: parameter values for particular losses, validated by the
 * catalogue (unknown loss, unknown parameter and out-of-range values are reported by name).
 */
public final class ParameterOverrides {

    private final Map<String, Map<String, Object>> byLoss = new LinkedHashMap<>();

    public ParameterOverrides(List<String> options, Mode mode) {
        for (String option : options) {
            int dot = option.indexOf('.');
            int equals = option.indexOf('=');
            if (dot < 1 || equals < dot + 2 || equals == option.length() - 1) {
                throw new CliException(CliException.BAD_INPUT,
                        "--param must look like loss.name=value (e.g. tversky.alpha=0.5), got '" + option + "'");
            }
            String loss = option.substring(0, dot);
            String name = option.substring(dot + 1, equals);
            String text = option.substring(equals + 1);
            LossSpec spec = requireLoss(loss, mode);
            ParamSpec param = spec.param(name).orElseThrow(() -> new CliException(CliException.BAD_INPUT,
                    "unknown parameter '" + name + "' for " + spec.label() + "; known: "
                            + String.join(", ", spec.params().stream().map(ParamSpec::name).toList())));
            byLoss.computeIfAbsent(loss, k -> new LinkedHashMap<>()).put(name, parse(param, text));
        }
    }

    /** The catalogue entry, or a CliException naming the known losses. */
    public static LossSpec requireLoss(String id, Mode mode) {
        try {
            return LossCatalogue.require(id, mode);
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.BAD_INPUT, e.getMessage());
        }
    }

    /** Defaults with this loss's overrides applied, validated. */
    public Params paramsFor(LossSpec spec) {
        try {
            return spec.bind(byLoss.getOrDefault(spec.id(), Map.of()), false);
        } catch (IllegalArgumentException e) {
            throw new CliException(CliException.BAD_INPUT, e.getMessage());
        }
    }

    private static Object parse(ParamSpec param, String text) {
        if (param.kind() == ParamKind.FLAG) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new CliException(CliException.BAD_INPUT, param.name() + " must be true or false, got " + text);
            }
            return Boolean.parseBoolean(text);
        }
        if (param.kind() == ParamKind.CHOICE) {
            return text;
        }
        if (param.kind() != ParamKind.REAL) {
            throw new CliException(CliException.BAD_INPUT, param.name() + " cannot be set from the command line");
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new CliException(CliException.BAD_INPUT, param.name() + " must be a number, got '" + text + "'");
        }
    }
}
