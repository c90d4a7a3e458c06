package org.losslens.cli.input;

import java.nio.file.Path;
import java.util.Locale;
import org.losslens.imaging.dataset.PredictionScale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --gt GT --pred PRED [--pred-scale S]}: the pair the per-image commands (table, render) read.
 * Both files are required together; {@code table} may take {@code --dir} instead, so presence is
 * checked by {@link #read} rather than by picocli.
 */
public final class MaskFileOptions {

    /** How a .npy prediction's numbers are read. */
    public enum Scale {
        AUTO, LOGITS, PROBABILITIES;

        /** The scale to force, or null for "detect from the range". */
        public PredictionScale forced() {
            return this == AUTO ? null : PredictionScale.valueOf(name());
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(names = "--gt", paramLabel = "GT", description = "ground truth: a PNG (grey >= 0.5 is foreground; "
            + "multiclass: grey level = label) or a .npy of integer labels")
    private Path groundTruth;

    @Option(names = "--pred", paramLabel = "PRED", description = "prediction: a PNG (grey level = probability) or a "
            + ".npy array HxW or CxHxW of logits or probabilities")
    private Path prediction;

    @Option(names = "--pred-scale", defaultValue = "auto", paramLabel = "SCALE", converter = ScaleConverter.class,
            description = "what a .npy prediction holds: auto (probabilities if every value is in [0, 1], channels "
                    + "summing to 1; logits otherwise), logits or probabilities (default: ${DEFAULT-VALUE})")
    private Scale scale = Scale.AUTO;

    public Path groundTruth() {
        return groundTruth;
    }

    public Path prediction() {
        return prediction;
    }

    public Scale scale() {
        return scale;
    }

    /** Whether either file was given. */
    public boolean given() {
        return groundTruth != null || prediction != null;
    }

    /**
     * Reads both files (bad input is a {@link CliException}).
     *
     * @throws CommandLine.ParameterException (a usage error) if either option is missing
     */
    public MaskPair read(CommandLine commandLine) {
        if (groundTruth == null || prediction == null) {
            throw new CommandLine.ParameterException(commandLine, "--gt and --pred are both required"
                    + (groundTruth == null ? " (--gt is missing)" : " (--pred is missing)"));
        }
        return MaskPair.read(groundTruth, prediction, scale.forced());
    }

    /** Case-insensitive names: --pred-scale Logits works too. */
    static final class ScaleConverter implements CommandLine.ITypeConverter<Scale> {
        @Override
        public Scale convert(String value) {
            try {
                return Scale.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a prediction scale; use auto, logits or probabilities");
            }
        }
    }
}
