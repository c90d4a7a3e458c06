package org.losslens.imaging.png;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.losslens.imaging.files.AtomicOutput;

/**
 * Reads any PNG (1–16 bit grey, palette, RGB, with or without alpha) as grey levels, and writes
 * masks back: the GT as 8-bit 0/255, the prediction as 16-bit grey so probabilities survive.
 */
public final class PngCodec {

    private PngCodec() {
    }

    /** @throws IOException with a message a user can act on, for missing, unreadable or corrupt files */
    public static GreyImage read(Path path) throws IOException {
        if (!Files.isReadable(path)) {
            throw new IOException("cannot read " + path.getFileName() + " (missing or no permission)");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(path.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IOException(path.getFileName() + " is not a valid PNG image (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new IOException(path.getFileName() + " is not an image format LossLens can read (use PNG)");
        }
        return toGrey(image);
    }

    /** Grey levels of a decoded image, at its own bit depth. */
    public static GreyImage toGrey(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double[] grey = new double[w * h];
        Raster raster = image.getRaster();
        boolean plainGrey = !(image.getColorModel() instanceof IndexColorModel) && raster.getNumBands() <= 2;
        if (plainGrey) {
            // Grey at its own bit depth (1, 2, 4, 8 or 16): sample / (2^bits − 1), no rounding to 8 bits.
            double max = (1 << image.getColorModel().getComponentSize(0)) - 1;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    grey[y * w + x] = raster.getSample(x, y, 0) / max;
                }
            }
        } else {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int rgb = image.getRGB(x, y);
                    // Rec. 709 luma with integer weights summing to 10000, so that white is exactly 1
                    // (0.2126 + 0.7152 + 0.0722 in doubles is 0.9999999999999999, which made a black-and-
                    // white palette PNG look "not binary")
                    grey[y * w + x] = (2126 * ((rgb >> 16) & 0xff) + 7152 * ((rgb >> 8) & 0xff)
                            + 722 * (rgb & 0xff)) / (10000 * 255.0);
                }
            }
        }
        return new GreyImage(w, h, grey);
    }

    /** Writes 0 → black, 1 → white, 8 bits. */
    public static void writeBinary(Path path, int width, int height, double[] values) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int i = 0; i < values.length; i++) {
            raster.setSample(i % width, i / width, 0, values[i] >= 0.5 ? 255 : 0);
        }
        write(path, image);
    }

    /** Writes p as a 16-bit grey level, round(p · 65535). */
    public static void writeProbabilities(Path path, int width, int height, double[] values) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster raster = image.getRaster();
        for (int i = 0; i < values.length; i++) {
            raster.setSample(i % width, i / width, 0, (int) Math.round(values[i] * 65535));
        }
        write(path, image);
    }

    private static void write(Path path, BufferedImage image) throws IOException {
        AtomicOutput.write(path, List.of(), out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
