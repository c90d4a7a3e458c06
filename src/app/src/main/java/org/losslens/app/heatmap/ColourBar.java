package org.losslens.app.heatmap;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.losslens.imaging.colormap.Colormap;
import org.losslens.app.theme.Palette;

/**
 * A vertical colour bar with labelled ticks: +range at the top down to −range (signed maps) or 0
 * (magnitude maps). Shared by the large heatmap and every panel of the heatmap grid.
 */
public final class ColourBar {

    private ColourBar() {
    }

    /** Draws the bar at (x, y) with {@code ticks} + 1 labels on its right. */
    public static void draw(GraphicsContext g, Colormap colormap, double x, double y, double width, double height,
                            double range, int ticks) {
        int steps = (int) Math.max(2, height);
        for (int k = 0; k < steps; k++) {
            int argb = colormap.argb(valueAt(colormap, range, (double) k / (steps - 1)), range);
            g.setFill(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
            g.fillRect(x, y + k * height / steps, width, height / steps + 1);
        }
        g.setStroke(Palette.COLOUR_BAR_FRAME);
        g.setLineWidth(1);
        g.strokeRect(x, y, width, height);
        g.setFill(Palette.COLOUR_BAR_TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int t = 0; t <= ticks; t++) {
            double value = valueAt(colormap, range, (double) t / ticks);
            double ty = y + t * height / ticks;
            g.strokeLine(x + width, ty, x + width + 4, ty);
            g.fillText(value == 0 ? "0" : String.format(Locale.ROOT, colormap.signed() ? "%+.2g" : "%.2g", value),
                    x + width + 6, ty);
        }
    }

    /**
     * The scale as a title states it: "±2.0e-03" for a signed map, "0…2.0e-03" for a magnitude map,
     * which has no negative half (Σ|∂L| is never below 0).
     */
    public static String scaleText(boolean magnitude, double range) {
        return String.format(Locale.ROOT, magnitude ? "0…%.2g" : "±%.2g", range);
    }

    /** The value at fraction f (0 = top, 1 = bottom) of the bar. */
    private static double valueAt(Colormap colormap, double range, double f) {
        return colormap.signed() ? range * (1 - 2 * f) : range * (1 - f);
    }
}
