package org.losslens.app.charts;

import javafx.scene.paint.Color;

/**
 * Line colours: Okabe & Ito's colour-blind-safe set first (without its yellow, too faint on white),
 * then Paul Tol's muted set for charts with many lines. Index i is the i-th colour key of a plot.
 */
public final class SeriesPalette {

    private static final String[] COLOURS = {
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
        "#882255", "#EE3377", "#999933", "#332288", "#AA4499", "#117733", "#88CCEE", "#661100", "#6699CC"
    };

    private SeriesPalette() {
    }

    public static String web(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }

    public static Color colour(int index) {
        return Color.web(web(index));
    }
}
