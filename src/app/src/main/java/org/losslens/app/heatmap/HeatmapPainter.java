package org.losslens.app.heatmap;

import java.nio.IntBuffer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.losslens.app.editor.ContourPainter;
import org.losslens.app.masks.Masks;
import org.losslens.imaging.colormap.Colormap;
import org.losslens.imaging.colormap.DivergingColormap;
import org.losslens.imaging.colormap.SequentialColormap;
import org.losslens.app.theme.Palette;

/**
 * Paints a gradient heatmap (the values a {@link GradientChannel} shows, GT contour on top) and its
 * colour bar onto a canvas — shared by the large heatmap and every panel of the heatmap grid. Keeps
 * one image per painter backed by a {@link PixelBuffer}: the colours are written straight into the
 * image's memory (no pixel copy, no allocation while the size stays) and drawn scaled without smoothing.
 */
public final class HeatmapPainter {

    private static final Colormap SIGNED = new DivergingColormap();
    private static final Colormap SIGNED_HIGH_CONTRAST = DivergingColormap.highContrast();
    private static final Colormap MAGNITUDE = new SequentialColormap();

    private WritableImage image;
    private PixelBuffer<IntBuffer> pixels;
    private int[] argb = new int[0];

    /**
     * The colour map for the values shown: sequential for a summed magnitude (0 = white, no sign),
     * diverging and centred at 0 for a signed channel.
     */
    public static Colormap colormap(boolean magnitude, boolean highContrast) {
        return magnitude ? MAGNITUDE : highContrast ? SIGNED_HIGH_CONTRAST : SIGNED;
    }

    /**
     * Paints {@code values} (row-major, {@code w} × {@code h}) at (x, y), {@code scale} screen pixels
     * per image pixel, in [−range, range] (or [0, range] for a magnitude map); the GT contour, with
     * lines {@code lineWidth} wide, if the masks fit.
     */
    public void paint(GraphicsContext g, Colormap colormap, double[] values, int w, int h, Masks masks, double range,
                      double x, double y, double scale, double lineWidth) {
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            argb = new int[w * h];
            // opaque colours: premultiplied and straight ARGB are the same numbers
            pixels = new PixelBuffer<>(w, h, IntBuffer.wrap(argb), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixels);
        }
        int n = Math.min(argb.length, values.length);
        for (int i = 0; i < n; i++) {
            argb[i] = colormap.argb(values[i], range);
        }
        pixels.updateBuffer(b -> null);
        g.setImageSmoothing(false);
        g.drawImage(image, x, y, w * scale, h * scale);
        if (masks != null && masks.width() == w && masks.height() == h) {
            g.setStroke(Palette.HEATMAP_CONTOUR);
            g.setLineWidth(lineWidth);
            ContourPainter.stroke(g, masks, x, y, scale);
        }
    }
}
