package org.losslens.app.theme;

import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * The colours that are data, in one place: what the pictures are drawn in (canvas pixels, which CSS
 * cannot reach and which PNG exports carry), the label colours of a multiclass drawing and the chart
 * line colours. Everything else — backgrounds, text, borders of controls — is in the stylesheets
 * ({@link Theme}). The label and line colours also reach CSS, as the looked-up colours
 * {@code label-colour} and {@code plot-colour} of the style classes {@code label-colour-N} and
 * {@code series-colour-N} ({@link #lookedUpColours()}), so a node is coloured by a style class and
 * the values are written only here (the chart's own series nodes take them in code: see
 * {@code charts.SeriesLook}). The diverging and magnitude colormaps are the imaging module's
 * ({@code org.losslens.imaging.colormap}), shared with the CLI's renderer.
 */
public final class Palette {

    /**
     * Label colours (0xRRGGBB): the Okabe–Ito set (told apart with the common colour-vision
     * deficiencies) on a dark background, so the classes stand out.
     */
    private static final int[] LABELS = {0x202020, 0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0xCC79A7};

    /**
     * Line colours: Okabe & Ito's colour-blind-safe set first (without its yellow, too faint on white),
     * then Paul Tol's muted set for charts with many lines. Index i is the i-th colour key of a plot.
     */
    private static final String[] SERIES = {
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
        "#882255", "#EE3377", "#999933", "#332288", "#AA4499", "#117733", "#88CCEE", "#661100", "#6699CC"
    };

    /** Binary ground truth: amber, distinct from the grey prediction and from the heatmap's blue/red. */
    public static final int GROUND_TRUTH_RGB = 0xffb000;
    public static final Color GROUND_TRUTH = Color.rgb(0xff, 0xb0, 0x00);
    /** The multiclass GT outline: white over the label colours. */
    public static final Color LABEL_OUTLINE = Color.WHITE;
    /** Grey level of an empty (p = 0 or no prediction shown) pixel of the editor's picture. */
    public static final int EMPTY_PIXEL_GREY = 0x28;
    /** Pixel grid lines of a zoomed-in editor. */
    public static final Color PIXEL_GRID = Color.rgb(128, 128, 128, 0.35);
    /** The GT contour over a gradient heatmap. */
    public static final Color HEATMAP_CONTOUR = Color.rgb(0, 0, 0, 0.75);
    /** Behind the large heatmap, and behind each panel of the heatmap grid. */
    public static final Color HEATMAP_BACKGROUND = Color.web("#f4f4f4");
    public static final Color PANEL_BACKGROUND = Color.WHITE;
    /** Text drawn on a canvas when there is nothing to show ("no gradient"). */
    public static final Color CANVAS_NOTE = Color.GRAY;
    /** The colour bar's frame and ticks, and its tick labels. */
    public static final Color COLOUR_BAR_FRAME = Color.GRAY;
    public static final Color COLOUR_BAR_TEXT = Color.BLACK;
    /** The heatmap grid's crosshair: dark lines through the hovered pixel, a yellow box around it. */
    public static final Color CROSSHAIR = Color.rgb(20, 20, 20, 0.85);
    public static final Color CROSSHAIR_PIXEL = Color.YELLOW;
    /** A chart's marker of the drawing: a white ring inside the line colour; the parameter cursor line. */
    public static final Color MARKER_RING = Color.WHITE;
    public static final Color CHART_CURSOR = Color.web("#555555");
    /** Ink of a rendered formula (JLaTeXMath draws with Java2D), on a light or a dark background. */
    /** The Optimise panels' captions and step footer. */
    public static final Color PANEL_CAPTION = Color.rgb(60, 60, 60);
    public static final Color PANEL_FOOTER = Color.rgb(90, 90, 90);
    /** The exported Optimise frames (Java2D): background, GT contour, captions, footer. */
    public static final java.awt.Color FRAME_BACKGROUND = java.awt.Color.WHITE;
    public static final java.awt.Color FRAME_CONTOUR = new java.awt.Color(GROUND_TRUTH_RGB);
    public static final java.awt.Color FRAME_CAPTION = java.awt.Color.DARK_GRAY;
    public static final java.awt.Color FRAME_FOOTER = java.awt.Color.BLACK;
    public static final java.awt.Color FORMULA_INK = java.awt.Color.BLACK;
    public static final java.awt.Color FORMULA_INK_ON_DARK = java.awt.Color.WHITE;

    private Palette() {
    }

    /** 0xRRGGBB of a label. */
    public static int labelRgb(int label) {
        return LABELS[label];
    }

    public static Color label(int label) {
        return Color.rgb((LABELS[label] >> 16) & 0xff, (LABELS[label] >> 8) & 0xff, LABELS[label] & 0xff);
    }

    /** The style class that colours a node in label {@code label}'s colour (looked-up colour {@code label-colour}). */
    public static String labelStyleClass(int label) {
        return "label-colour-" + label;
    }

    /** The line colour of colour key {@code index} (the palette repeats past its end). */
    public static Color series(int index) {
        return Color.web(SERIES[Math.floorMod(index, SERIES.length)]);
    }

    /** 0xRRGGBB of line colour {@code index}, for pictures drawn with Java2D (frame export). */
    public static int seriesRgb(int index) {
        return Integer.parseInt(SERIES[Math.floorMod(index, SERIES.length)].substring(1), 16);
    }

    /** The style class that colours a chart node in line colour {@code index} (looked-up colour {@code plot-colour}). */
    public static String seriesStyleClass(int index) {
        return "series-colour-" + Math.floorMod(index, SERIES.length);
    }

    /** The stylesheet that hands the label and line colours to CSS, one style class per colour. */
    static String lookedUpColours() {
        StringBuilder css = new StringBuilder();
        for (int label = 0; label < LABELS.length; label++) {
            css.append('.').append(labelStyleClass(label)).append(" { label-colour: ")
                    .append(String.format(Locale.ROOT, "#%06x", LABELS[label])).append("; }\n");
        }
        for (int i = 0; i < SERIES.length; i++) {
            css.append('.').append(seriesStyleClass(i)).append(" { plot-colour: ").append(SERIES[i]).append("; }\n");
        }
        return css.toString();
    }
}
