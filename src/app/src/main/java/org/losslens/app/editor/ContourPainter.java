package org.losslens.app.editor;

import javafx.scene.canvas.GraphicsContext;
import org.losslens.app.masks.Masks;

/**
 * Draws the ground-truth outline as the pixel edges between different labels (binary: foreground and
 * background), in screen
 * space, so it stays one crisp line at any zoom. Shared by the editor and the heatmap overlay.
 */
public final class ContourPainter {

    private ContourPainter() {
    }

    /** @param scale screen pixels per image pixel; (originX, originY) is where image (0, 0) lands */
    public static void stroke(GraphicsContext g, Masks masks, double originX, double originY, double scale) {
        g.beginPath();
        for (int y = 0; y <= masks.height(); y++) {
            for (int x = 0; x <= masks.width(); x++) {
                int here = label(masks, x, y);
                if (here != label(masks, x - 1, y) && y < masks.height()) {
                    g.moveTo(originX + x * scale, originY + y * scale);
                    g.lineTo(originX + x * scale, originY + (y + 1) * scale);
                }
                if (here != label(masks, x, y - 1) && x < masks.width()) {
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
