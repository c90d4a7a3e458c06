package org.losslens.app.heatmap;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
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

    /** Levels in a bar's image: more than a screen's bar has pixels to tell apart. */
    private static final int LEVELS = 256;
    /** Bar images per colour map, for a positive and for a zero range (which shows every value as 0). */
    private static final Map<Colormap, Image> BARS = new HashMap<>();
    private static final Map<Colormap, Image> FLAT_BARS = new HashMap<>();

    /**
     * Draws the bar at (x, y) with {@code ticks} + 1 labels on its right. The colours depend only on
     * the colour map (values are placed relative to the range), so they are one cached image drawn
     * stretched — one draw per frame instead of a rectangle per screen row. FX thread only.
     */
    public static void draw(GraphicsContext g, Colormap colormap, double x, double y, double width, double height,
                            double range, int ticks) {
        Image bar = (range > 0 ? BARS : FLAT_BARS).computeIfAbsent(colormap, c -> barImage(c, range > 0 ? 1 : 0));
        g.setImageSmoothing(false);
        g.drawImage(bar, x, y, width, height);
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
     * Room the bar and its labels take right of {@code x} in {@link #draw}: the bar, the tick and the
     * widest label ("-8.8e-88") in the context's font, so a larger font is never cut at the edge.
     */
    public static double widthWithLabels(GraphicsContext g, double barWidth) {
        return barWidth + 6 + LABEL_WIDTHS.computeIfAbsent(g.getFont(), font -> {
            javafx.scene.text.Text widest = new javafx.scene.text.Text("-8.8e-88");
            widest.setFont(font);
            return Math.ceil(widest.getLayoutBounds().getWidth());
        }) + 4;
    }

    /** The widest label's width per font: measured once, not on every paint (FX thread only). */
    private static final Map<javafx.scene.text.Font, Double> LABEL_WIDTHS = new HashMap<>();

    /**
     * The scale as a title states it: "±2.0e-03" for a signed map, "0…2.0e-03" for a magnitude map,
     * which has no negative half (Σ|∂L| is never below 0).
     */
    public static String scaleText(boolean magnitude, double range) {
        return String.format(Locale.ROOT, magnitude ? "0…%.2g" : "±%.2g", range);
    }

    /** A 1 × {@link #LEVELS} image of the bar's colours, top = +range, for a range of 1 (or 0). */
    private static Image barImage(Colormap colormap, double range) {
        WritableImage image = new WritableImage(1, LEVELS);
        PixelWriter pixels = image.getPixelWriter();
        for (int k = 0; k < LEVELS; k++) {
            pixels.setArgb(0, k, 0xff000000 | colormap.argb(valueAt(colormap, range, (k + 0.5) / LEVELS), range));
        }
        return image;
    }

    /** The value at fraction f (0 = top, 1 = bottom) of the bar. */
    private static double valueAt(Colormap colormap, double range, double f) {
        return colormap.signed() ? range * (1 - 2 * f) : range * (1 - f);
    }
}
