package org.losslens.cli.input;

import java.io.IOException;
import java.nio.file.Path;
import org.losslens.core.activation.Logit;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;
import org.losslens.imaging.png.GreyImage;
import org.losslens.imaging.png.PngCodec;

/**
 * A binary ground truth and prediction read from PNG files: GT = grey ≥ 0.5 (noting when the image
 * was not binary), prediction grey level = probability, turned into logits by the core's
 * {@link Logit#ofClamped} (p clamped to [1e-6, 1 − 1e-6]) as the app does, so both show the same numbers.
 */
public record MaskPair(Path groundTruthFile, Path predictionFile, LossInput input, boolean groundTruthWasBinary) {

    public static MaskPair read(Path groundTruthFile, Path predictionFile) {
        GreyImage gt = readImage(groundTruthFile, "ground truth");
        GreyImage pred = readImage(predictionFile, "prediction");
        if (gt.width() != pred.width() || gt.height() != pred.height()) {
            throw new CliException(CliException.BAD_INPUT, "size mismatch: the ground truth " + groundTruthFile
                    + " is " + gt.width() + "x" + gt.height() + " but the prediction " + predictionFile + " is "
                    + pred.width() + "x" + pred.height());
        }
        double[] t = new double[gt.grey().length];
        double[] logits = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = gt.grey()[i] >= 0.5 ? 1 : 0;
            logits[i] = Logit.ofClamped(pred.grey()[i]);
        }
        LossInput input = LossInput.of(Tensor.of(new Shape(1, gt.height(), gt.width()), logits),
                Target.binary(gt.height(), gt.width(), t));
        return new MaskPair(groundTruthFile, predictionFile, input, gt.isBinary());
    }

    private static GreyImage readImage(Path file, String role) {
        try {
            return PngCodec.read(file);
        } catch (IOException e) {
            throw new CliException(CliException.BAD_INPUT, role + ": " + e.getMessage());
        }
    }
}
