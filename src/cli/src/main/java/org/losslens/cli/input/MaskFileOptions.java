package org.losslens.cli.input;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --gt GT.png --pred PRED.png}: the mask pair the per-image commands (table, render) read. */
public final class MaskFileOptions {

    @Option(names = "--gt", required = true, paramLabel = "GT.png", description = "ground-truth mask")
    private Path groundTruth;

    @Option(names = "--pred", required = true, paramLabel = "PRED.png", description = "predicted probabilities")
    private Path prediction;

    public Path groundTruth() {
        return groundTruth;
    }

    public Path prediction() {
        return prediction;
    }

    /** Reads both PNGs (bad input is a {@link CliException}). */
    public MaskPair read() {
        return MaskPair.read(groundTruth, prediction);
    }
}
