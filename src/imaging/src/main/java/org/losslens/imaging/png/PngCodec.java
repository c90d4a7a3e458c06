package org.losslens.imaging.png;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.losslens.imaging.files.AtomicOutput;

/**
 * Reads any PNG (1–16 bit grey, palette, RGB, with or without alpha) as grey levels, and writes
 * masks back: the GT as 8-bit 0/255, the prediction as 16-bit grey so probabilities survive.
 */
public final class PngCodec {

    private PngCodec() {
    }

    /**
     * The most pixels an image may declare: 4096². Checked from the header, before any pixel is
     * decoded, so a small file declaring 20000×20000 is refused instead of exhausting memory (the
     * losses of an 8192² pair need several GB).
     */
    public static final long MAX_PIXELS = 4096L * 4096;

    /** @throws IOException with a message a user can act on, for missing, unreadable, corrupt or too large files */
    public static GreyImage read(Path path) throws IOException {
        if (!Files.isReadable(path)) {
            throw new IOException("cannot read " + path.toAbsolutePath() + " (missing or no permission)");
        }
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException(path.getFileName() + " is not an image format LossLens can read (use PNG)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                image = decodeWithinLimit(path, reader);
            } finally {
                reader.dispose();
            }
        }
        return toGrey(image);
    }

    private static BufferedImage decodeWithinLimit(Path path, ImageReader reader) throws IOException {
        int width;
        int height;
        try {
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw new IOException(path.getFileName() + " is not a valid PNG image (" + e.getMessage() + ")", e);
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new IOException(path.getFileName() + " declares " + width + "x" + height + " pixels; LossLens reads "
                    + "images of at most " + MAX_PIXELS + " pixels (4096x4096)");
        }
        try {
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            throw new IOException(path.getFileName() + " is not a valid PNG image (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Grey levels of a decoded image, at its own bit depth. A pixel's alpha scales its grey level
     * (the image composited over black), so a transparent background reads as 0, background,
     * whatever colour its invisible pixels carry.
     */
    public static GreyImage toGrey(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double[] grey = new double[w * h];
        Raster raster = image.getRaster();
        boolean plainGrey = !(image.getColorModel() instanceof IndexColorModel) && raster.getNumBands() <= 2;
        if (plainGrey) {
            // Grey at its own bit depth (1, 2, 4, 8 or 16): sample / (2^bits − 1), no rounding to 8 bits.
            double max = (1 << image.getColorModel().getComponentSize(0)) - 1;
            boolean alpha = raster.getNumBands() == 2;
            double maxAlpha = alpha ? (1 << image.getColorModel().getComponentSize(1)) - 1 : 1;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double v = raster.getSample(x, y, 0) / max;
                    grey[y * w + x] = alpha ? v * (raster.getSample(x, y, 1) / maxAlpha) : v;
                }
            }
        } else {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int rgb = image.getRGB(x, y);
                    // Rec. 709 luma with integer weights summing to 10000, so that white is exactly 1
                    // (0.2126 + 0.7152 + 0.0722 in doubles is 0.9999999999999999, which made a black-and-
                    // white palette PNG look "not binary")
                    double luma = (2126 * ((rgb >> 16) & 0xff) + 7152 * ((rgb >> 8) & 0xff)
                            + 722 * (rgb & 0xff)) / (10000 * 255.0);
                    int a = rgb >>> 24; // getRGB is non-premultiplied ARGB; 255 for opaque images
                    grey[y * w + x] = a == 255 ? luma : luma * (a / 255.0);
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
        writeImage(path, image, List.of());
    }

    /** Writes any image as PNG through {@link AtomicOutput}, refusing to write over one of {@code inputs}. */
    public static void writeImage(Path path, BufferedImage image, Collection<Path> inputs) throws IOException {
        AtomicOutput.write(path, inputs, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
