package org.losslens.imaging.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.losslens.core.activation.Logit;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;
import org.losslens.imaging.npy.NpyArray;
import org.losslens.imaging.npy.NpyReader;
import org.losslens.imaging.png.GreyImage;
import org.losslens.imaging.png.PngCodec;

/**
 * Reads a ground truth and a prediction from files into the core's input, the one way the dataset
 * view and {@code table --dir} both read them (so they show the same numbers).
 *
 * <ul>
 *   <li>Prediction: a {@code .npy} array H×W or 1×H×W (binary) or C×H×W with C ≥ 2 (multiclass), of
 *   logits or probabilities ({@link PredictionScale}); or a PNG whose grey level (8 or 16 bit) is the
 *   probability. Probabilities become logits as everywhere else in LossLens: binary
 *   {@link Logit#ofClamped}, multiclass {@link Logit#ofClampedClassProbability}. Logits are used as
 *   they are, unclamped.</li>
 *   <li>Ground truth: a PNG (binary: grey ≥ 0.5 is foreground; multiclass: the 8-bit grey level is the
 *   label) or a {@code .npy} of integer labels (0/1 for binary).</li>
 * </ul>
 */
public final class SegmentationFiles {

    private SegmentationFiles() {
    }

    /** A pair as read: the core's input, the scale the prediction was read as, and notes for the user. */
    public record Loaded(LossInput input, PredictionScale scale, boolean groundTruthWasBinary) {
    }

    /** Whether the file name has an extension this class reads. */
    public static boolean readable(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".png") || lower.endsWith(".npy");
    }

    /**
     * @param scale the scale to read a {@code .npy} prediction as, or null to detect it from the range
     * @throws IOException with a message naming the file, for anything unreadable or inconsistent
     */
    public static Loaded read(Path groundTruth, Path prediction, PredictionScale scale) throws IOException {
        Plane pred = readPrediction(prediction);
        PredictionScale used = scale != null ? scale : pred.png ? PredictionScale.PROBABILITIES
                : detect(pred, prediction);
        GreyLabels gt = readGroundTruth(groundTruth, pred.channels > 1);
        if (gt.height != pred.height || gt.width != pred.width) {
            throw new IOException("size mismatch: the ground truth " + groundTruth.getFileName() + " is " + gt.width
                    + "x" + gt.height + " but the prediction " + prediction.getFileName() + " is " + pred.width + "x"
                    + pred.height);
        }
        double[] logits = new double[pred.values.length];
        if (pred.channels == 1) {
            for (int i = 0; i < logits.length; i++) {
                double v = pred.values[i];
                logits[i] = used == PredictionScale.LOGITS ? v : Logit.ofClamped(v);
            }
            Target target = Target.binary(gt.height, gt.width, binary(gt, groundTruth));
            Tensor tensor = Tensor.of(new Shape(1, pred.height, pred.width), logits);
            return new Loaded(LossInput.of(tensor, target), used, gt.binary);
        }
        for (int i = 0; i < logits.length; i++) {
            double v = pred.values[i];
            logits[i] = used == PredictionScale.LOGITS ? v : Logit.ofClampedClassProbability(v);
        }
        Target target = Target.labels(pred.channels, gt.height, gt.width, labels(gt, pred.channels, groundTruth));
        Tensor tensor = Tensor.of(new Shape(pred.channels, pred.height, pred.width), logits);
        return new Loaded(LossInput.of(tensor, target), used, gt.binary);
    }

    private static PredictionScale detect(Plane pred, Path file) throws IOException {
        try {
            return PredictionScale.detect(pred.values, pred.channels);
        } catch (IllegalArgumentException e) {
            throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** A prediction's values, channel-major. */
    private record Plane(int channels, int height, int width, double[] values, boolean png) {
    }

    /** A ground truth's values: grey levels in [0, 1] from a PNG, or integer labels from a .npy. */
    private record GreyLabels(int height, int width, double[] values, boolean fromPng, boolean binary) {
    }

    private static boolean isNpy(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy");
    }

    private static Plane readPrediction(Path file) throws IOException {
        if (!isNpy(file)) {
            GreyImage image = PngCodec.read(file);
            return new Plane(1, image.height(), image.width(), image.grey(), true);
        }
        NpyArray array = NpyReader.read(file);
        int[] s = array.shape();
        if (array.rank() == 2) {
            return new Plane(1, s[0], s[1], array.values(), false);
        }
        return new Plane(s[0], s[1], s[2], array.values(), false);
    }

    private static GreyLabels readGroundTruth(Path file, boolean multiclass) throws IOException {
        if (!isNpy(file)) {
            GreyImage image = PngCodec.read(file);
            double[] values = image.grey();
            if (multiclass) {
                double[] labels = new double[values.length];
                for (int i = 0; i < values.length; i++) {
                    labels[i] = Math.rint(values[i] * 255);
                }
                values = labels;
            }
            return new GreyLabels(image.height(), image.width(), values, true, image.isBinary());
        }
        NpyArray array = NpyReader.read(file);
        int[] s = array.shape();
        if (array.rank() == 3 && s[0] != 1) {
            throw new IOException(file.getFileName() + " has shape " + array.shapeText()
                    + "; a ground truth is H×W (or 1×H×W) integer labels");
        }
        double[] values = array.values();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != Math.rint(values[i]) || values[i] < 0) {
                throw new IOException(file.getFileName() + " holds " + values[i] + " at index " + i
                        + "; a ground truth holds non-negative integer labels");
            }
        }
        int h = s[array.rank() - 2];
        int w = s[array.rank() - 1];
        boolean binary = true;
        for (double v : values) {
            binary &= v <= 1;
        }
        return new GreyLabels(h, w, values, false, binary);
    }

    private static double[] binary(GreyLabels gt, Path file) throws IOException {
        double[] t = new double[gt.values.length];
        for (int i = 0; i < t.length; i++) {
            double v = gt.values[i];
            if (!gt.fromPng && v > 1) {
                throw new IOException(file.getFileName() + " holds label " + (long) v
                        + " but the prediction has one channel (binary): labels must be 0 or 1");
            }
            t[i] = v >= 0.5 ? 1 : 0;
        }
        return t;
    }

    private static int[] labels(GreyLabels gt, int classes, Path file) throws IOException {
        int[] labels = new int[gt.values.length];
        for (int i = 0; i < labels.length; i++) {
            double v = gt.values[i];
            if (v >= classes) {
                throw new IOException(file.getFileName() + " holds label " + (long) v + " but the prediction has "
                        + classes + " channels (labels 0–" + (classes - 1) + ")");
            }
            labels[i] = (int) v;
        }
        return labels;
    }
}
