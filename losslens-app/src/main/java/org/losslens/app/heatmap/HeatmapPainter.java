package org.losslens.app.heatmap;

import org.losslens.imaging.colormap.DivergingColormap;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.losslens.app.editor.ContourPainter;
import org.losslens.app.masks.Masks;
import org.losslens.core.tensor.Tensor;

/**
 * Paints a gradient heatmap (diverging colours, symmetric range, GT contour on top) and its colour bar
 * onto a canvas — shared by the large heatmap and every panel of the heatmap grid. Keeps one image
 * buffer per painter, so repainting allocates nothing while the size stays.
 */
public final class HeatmapPainter {

    private final DivergingColormap colormap = new DivergingColormap();
    private WritableImage image;

    /** The gradient at (x, y), {@code scale} screen pixels per image pixel; the contour if the masks fit. */
    public void paint(GraphicsContext g, Tensor gradient, Masks masks, double range, double x, double y, double scale) {
        int w = gradient.shape().width();
        int h = gradient.shape().height();
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new WritableImage(w, h);
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(),
                pixels(gradient, range), 0, w);
        g.setImageSmoothing(false);
        g.drawImage(image, x, y, w * scale, h * scale);
        if (masks != null && masks.width() == w && masks.height() == h) {
            g.setStroke(Color.rgb(0, 0, 0, 0.75));
            g.setLineWidth(1.2);
            ContourPainter.stroke(g, masks, x, y, scale);
        }
    }

    /** A vertical colour bar from +range (top) to −range, with {@code ticks} + 1 labelled values. */
    public void colourBar(GraphicsContext g, double x, double y, double width, double height, double range, int ticks) {
        ColourBar.draw(g, colormap, x, y, width, height, range, ticks);
    }

    private int[] pixels(Tensor gradient, double range) {
        int[] argb = new int[gradient.shape().pixels()];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = colormap.argb(gradient.get(i), range);
        }
        return argb;
    }
}
