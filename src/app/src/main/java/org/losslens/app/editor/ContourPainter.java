package org.losslens.app.editor;

import javafx.scene.canvas.GraphicsContext;
import org.losslens.app.masks.Masks;
import org.losslens.app.viewport.ViewTransform;

/**
 * Draws the ground-truth outline as the pixel edges between different labels (binary: foreground and
 * background), in screen
 * space, so it stays one crisp line at any zoom. Shared by the editor and the heatmap overlay.
 */
public final class ContourPainter {

    private ContourPainter() {
    }

    /** The whole image's outline, image (0, 0) at (originX, originY), {@code scale} screen pixels per pixel. */
    public static void stroke(GraphicsContext g, Masks masks, double originX, double originY, double scale) {
        stroke(g, masks, ViewTransform.whole(originX, originY, scale, masks.width(), masks.height()));
    }

    /** Strokes the outline of the pixels {@code view} shows (edges outside its drawing area are skipped). */
    public static void stroke(GraphicsContext g, Masks masks, ViewTransform view) {
        double originX = view.originX();
        double originY = view.originY();
        double scale = view.scale();
        int x0 = view.firstColumn();
        int x1 = view.endColumn();
        int y0 = view.firstRow();
        int y1 = view.endRow();
        g.beginPath();
        // an edge at x = x1 or y = y1 closes the last visible pixels
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int here = label(masks, x, y);
                if (here != label(masks, x - 1, y) && y < y1) {
                    g.moveTo(originX + x * scale, originY + y * scale);
                    g.lineTo(originX + x * scale, originY + (y + 1) * scale);
                }
                if (here != label(masks, x, y - 1) && x < x1) {
                    g.moveTo(originX + x * scale, originY + y * scale);
                    g.lineTo(originX + (x + 1) * scale, originY + y * scale);
                }
            }
        }
        g.stroke();
    }

    /** Outside the image counts as background, so an object touching the border is closed there. */
    private static int label(Masks masks, int x, int y) {
        return masks.contains(x, y) ? masks.label(masks.index(x, y)) : 0;
    }
}
