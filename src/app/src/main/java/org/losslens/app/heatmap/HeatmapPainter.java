package org.losslens.app.heatmap;

import java.nio.IntBuffer;
import javafx.geometry.Rectangle2D;
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
import org.losslens.app.viewport.ViewTransform;

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
     * Paints {@code values} (row-major, {@code w} × {@code h}) where {@code view} puts them, in
     * [−range, range] (or [0, range] for a magnitude map), clipped to the view's drawing area; the GT
     * contour, with lines {@code lineWidth} wide, if the masks fit. Only the pixels inside the area are
     * coloured, uploaded and drawn, so a zoomed-in view costs less than the whole image, not more.
     */
    public void paint(GraphicsContext g, Colormap colormap, double[] values, int w, int h, Masks masks, double range,
                      ViewTransform view, double lineWidth) {
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            argb = new int[w * h];
            // opaque colours: premultiplied and straight ARGB are the same numbers
            pixels = new PixelBuffer<>(w, h, IntBuffer.wrap(argb), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixels);
        }
        int x0 = view.firstColumn();
        int x1 = view.endColumn();
        int y0 = view.firstRow();
        int y1 = view.endRow();
        if (x1 <= x0 || y1 <= y0 || values.length < w * h) {
            return;
        }
        for (int y = y0; y < y1; y++) {
            for (int i = y * w + x0, end = y * w + x1; i < end; i++) {
                argb[i] = colormap.argb(values[i], range);
            }
        }
        // only the rows and columns written are uploaded; the rest of the image is never drawn stale
        Rectangle2D dirty = new Rectangle2D(x0, y0, x1 - x0, y1 - y0);
        pixels.updateBuffer(b -> dirty);
        g.save();
        g.beginPath();
        g.rect(view.areaX(), view.areaY(), view.areaWidth(), view.areaHeight());
        g.clip();
        g.setImageSmoothing(false);
        g.drawImage(image, x0, y0, x1 - x0, y1 - y0, view.toScreenX(x0), view.toScreenY(y0),
                (x1 - x0) * view.scale(), (y1 - y0) * view.scale());
        if (masks != null && masks.width() == w && masks.height() == h) {
            g.setStroke(Palette.HEATMAP_CONTOUR);
            g.setLineWidth(lineWidth);
            ContourPainter.stroke(g, masks, view);
        }
        g.restore();
    }
}
