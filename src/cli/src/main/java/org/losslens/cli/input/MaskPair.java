package org.losslens.cli.input;

import java.io.IOException;
import java.nio.file.Path;
import org.losslens.core.loss.LossInput;
import org.losslens.imaging.dataset.PredictionScale;
import org.losslens.imaging.dataset.SegmentationFiles;

/**
 * A ground truth and prediction read from files, by the same reader as the dataset view and
 * {@code table --dir} ({@link SegmentationFiles}): a PNG prediction's grey level is a probability,
 * turned into a logit by the core's clamp as the app does, so both show the same numbers; a .npy
 * holds logits or probabilities, binary (H×W) or multiclass (C×H×W).
 */
public record MaskPair(Path groundTruthFile, Path predictionFile, LossInput input, PredictionScale scale,
        boolean groundTruthWasBinary) {

    /** Reads the pair, detecting a .npy prediction's scale from its range. */
    public static MaskPair read(Path groundTruthFile, Path predictionFile) {
        return read(groundTruthFile, predictionFile, null);
    }

    /** @param scale the scale to read a .npy prediction as, or null to detect it */
    public static MaskPair read(Path groundTruthFile, Path predictionFile, PredictionScale scale) {
        try {
            SegmentationFiles.Loaded loaded = SegmentationFiles.read(groundTruthFile, predictionFile, scale);
            return new MaskPair(groundTruthFile, predictionFile, loaded.input(), loaded.scale(),
                    loaded.groundTruthWasBinary());
        } catch (IOException e) {
            throw new CliException(CliException.BAD_INPUT, e.getMessage());
        }
    }

    /** Refuses a multiclass pair in a command that draws or sweeps binary pairs only. */
    public MaskPair requireBinary(String command) {
        if (input.mode() != org.losslens.core.loss.Mode.BINARY) {
            throw new CliException(CliException.BAD_INPUT, command + " works on a binary pair, but "
                    + predictionFile.getFileName() + " has " + input.channels() + " channels (multiclass); "
                    + "table reads multiclass pairs");
        }
        return this;
    }
}
