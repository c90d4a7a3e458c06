package org.losslens.app.files;

import java.nio.file.Path;
import java.util.Locale;
import org.losslens.core.activation.Sigmoid;
import org.losslens.imaging.dataset.PredictionScale;
import org.losslens.imaging.npy.NpyArray;
import org.losslens.imaging.png.GreyImage;

/**
 * A NumPy {@code .npy} array (a model's saved output, or a label map) as the binary editor's grey
 * levels, so it then goes the way of an opened PNG ({@link MaskImport}: size limits, resizing,
 * notices). The editor paints one foreground, so it takes H×W or 1×H×W; a C×H×W prediction with
 * C &gt; 1 is a multiclass case, opened with its labels in the dataset window. Pure: the reading is
 * {@link org.losslens.imaging.npy.NpyReader}'s and the asking is {@link FileActions}'.
 */
final class NpyImport {

    private NpyImport() {
    }

    static boolean isNpy(Path path) {
        return path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy");
    }

    /**
     * Labels 0 and 1 (integers, booleans, or floats that are exactly 0 or 1) as black and white.
     *
     * @throws ImportNotice.Refusal for another shape, or any other label (a multiclass map)
     */
    static GreyImage groundTruth(NpyArray array) {
        GreyImage image = plane(array);
        for (double v : image.grey()) {
            if (v != 0 && v != 1) {
                throw new ImportNotice.Refusal(new ImportNotice("files.npy.notBinaryLabels", format(v)));
            }
        }
        return image;
    }

    /** The range of a prediction's values, shown when the user is asked how to read them. */
    record Range(double min, double max) {
        static Range of(NpyArray array) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : array.values()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            return new Range(lo, hi);
        }

        String text() {
            return "[" + format(min) + ", " + format(max) + "]";
        }
    }

    /** The scale the values look like ({@link PredictionScale#detect}); NaN or ∞ is refused. */
    static PredictionScale detect(NpyArray array) {
        plane(array);
        try {
            return PredictionScale.detect(array.values(), 1);
        } catch (IllegalArgumentException e) {
            throw new ImportNotice.Refusal(new ImportNotice("files.npy.notFinite"));
        }
    }

    /**
     * Probabilities as grey levels: σ(logit) for logits (the same σ as everywhere in LossLens), the
     * values themselves for probabilities (refused outside [0, 1], which no probability is).
     */
    static GreyImage prediction(NpyArray array, PredictionScale scale) {
        GreyImage image = plane(array);
        double[] grey = image.grey().clone();
        for (int i = 0; i < grey.length; i++) {
            double v = grey[i];
            if (!Double.isFinite(v)) {
                throw new ImportNotice.Refusal(new ImportNotice("files.npy.notFinite"));
            }
            if (scale == PredictionScale.LOGITS) {
                grey[i] = Sigmoid.sigmoid(v);
            } else if (v < 0 || v > 1) {
                throw new ImportNotice.Refusal(new ImportNotice("files.npy.notProbabilities", format(v)));
            }
        }
        return new GreyImage(image.width(), image.height(), grey);
    }

    /** H×W or 1×H×W, row-major as {@link NpyArray} holds it. */
    private static GreyImage plane(NpyArray array) {
        int[] shape = array.shape();
        boolean single = shape.length == 2 || (shape.length == 3 && shape[0] == 1);
        if (!single) {
            throw new ImportNotice.Refusal(new ImportNotice("files.npy.shape", array.shapeText()));
        }
        int h = shape[shape.length - 2];
        int w = shape[shape.length - 1];
        return new GreyImage(w, h, array.values().clone());
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
