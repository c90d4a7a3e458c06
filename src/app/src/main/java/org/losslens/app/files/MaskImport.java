package org.losslens.app.files;

import org.losslens.imaging.png.GreyImage;
import java.util.ArrayList;
import java.util.List;
import org.losslens.app.masks.Masks;

/**
 * Turns a decoded image into a GT or prediction layer for masks of a given size, collecting the
 * notices the user must see (not binary, resized, downscaled). Pure: the dialogs live in
 * {@link FileActions}.
 */
public final class MaskImport {

    /** What was imported and what the user should be told about it. */
    public record Result(int width, int height, double[] values, List<ImportNotice> notices) {
    }

    private MaskImport() {
    }

    /**
     * Images larger than {@link Masks#MAX_SIZE} on a side are downscaled (keeping the aspect ratio) to
     * fit; smaller than {@link Masks#MIN_SIZE} are refused.
     *
     * @throws ImportNotice.Refusal for an image too small to edit
     */
    public static GreyImage fitToLimits(GreyImage image, List<ImportNotice> notices) {
        if (image.width() < Masks.MIN_SIZE || image.height() < Masks.MIN_SIZE) {
            throw new ImportNotice.Refusal(new ImportNotice("import.tooSmall", size(image.width(), image.height()),
                    size(Masks.MIN_SIZE, Masks.MIN_SIZE)));
        }
        int largest = Math.max(image.width(), image.height());
        if (largest <= Masks.MAX_SIZE) {
            return image;
        }
        double f = (double) Masks.MAX_SIZE / largest;
        int w = Math.max(Masks.MIN_SIZE, (int) Math.round(image.width() * f));
        int h = Math.max(Masks.MIN_SIZE, (int) Math.round(image.height() * f));
        notices.add(new ImportNotice("import.downscaled", size(image.width(), image.height()),
                String.valueOf(Masks.MAX_SIZE), size(w, h)));
        return image.resized(w, h);
    }

    /** GT = grey ≥ 0.5, with a notice if the image had other levels than black and white. */
    public static Result groundTruth(GreyImage image, int width, int height) {
        List<ImportNotice> notices = new ArrayList<>();
        GreyImage sized = resize(image, width, height, notices);
        if (!image.isBinary()) {
            notices.add(new ImportNotice("import.notBinary"));
        }
        double[] values = new double[sized.grey().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = sized.grey()[i] >= 0.5 ? 1 : 0;
        }
        return new Result(width, height, values, notices);
    }

    /** Prediction: grey level = probability. */
    public static Result prediction(GreyImage image, int width, int height) {
        List<ImportNotice> notices = new ArrayList<>();
        GreyImage sized = resize(image, width, height, notices);
        double[] values = sized.grey().clone();
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.min(1, Math.max(0, values[i]));
        }
        return new Result(width, height, values, notices);
    }

    private static GreyImage resize(GreyImage image, int width, int height, List<ImportNotice> notices) {
        if (image.width() != width || image.height() != height) {
            notices.add(new ImportNotice("import.resized", size(image.width(), image.height()), size(width, height)));
        }
        return image.resized(width, height);
    }

    /** "W×H" as text, so MessageFormat does not group the digits by locale. */
    private static String size(int width, int height) {
        return width + "×" + height;
    }
}
