package org.losslens.app.charts;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import org.losslens.app.theme.Palette;

/**
 * How a {@link PlotView}'s series nodes look: line colour and width, invisible sample hit areas,
 * the drawing's markers, the parameter cursor. Set as properties in code, not by style class or
 * stylesheet, because {@code LineChart} resets every series node's style classes (setAll) whenever
 * a series is added or removed; values set in code outrank Modena's chart rules and survive that.
 * The colours are the palette's ({@link Palette}).
 */
final class SeriesLook {

    private static final double LINE_WIDTH = 1.8;
    private static final double EMPHASISED_WIDTH = 4.5;
    private static final Double[] DASHES = {7.0, 5.0};
    private static final Double[] CURSOR_DASHES = {4.0, 4.0};
    private static final double CURSOR_WIDTH = 1.2;
    /** Radius around a sample where hovering shows its numbers. */
    private static final double SAMPLE_HIT_PADDING = 4;
    private static final double MARKER_RADIUS = 7;

    private SeriesLook() {
    }

    static void line(Node seriesNode, int colour, boolean emphasised, boolean dashed) {
        Path path = (Path) seriesNode;
        path.setStroke(Palette.series(colour));
        path.setStrokeWidth(emphasised ? EMPHASISED_WIDTH : LINE_WIDTH);
        if (dashed) {
            path.getStrokeDashArray().setAll(DASHES);
        }
    }

    /** A sample's symbol: invisible, only a hit area (the curve stays clean). */
    static void sample(Node symbol) {
        Region region = (Region) symbol;
        region.setBackground(Background.EMPTY);
        region.setPadding(new Insets(SAMPLE_HIT_PADDING));
    }

    /** The drawing's marker on a curve: a ring in the line's colour around a white dot's edge. */
    static void marker(Node symbol, int colour) {
        Color c = Palette.series(colour);
        CornerRadii round = new CornerRadii(MARKER_RADIUS);
        Region region = (Region) symbol;
        region.setBackground(new Background(new BackgroundFill(c, round, Insets.EMPTY),
                new BackgroundFill(Palette.MARKER_RING, round, new Insets(2)),
                new BackgroundFill(c, round, new Insets(4))));
        region.setPadding(new Insets(MARKER_RADIUS));
    }

    /** The current parameter value: a thin dashed vertical line without symbols. */
    static void cursor(Node seriesNode) {
        Path path = (Path) seriesNode;
        path.setStroke(Palette.CHART_CURSOR);
        path.setStrokeWidth(CURSOR_WIDTH);
        path.getStrokeDashArray().setAll(CURSOR_DASHES);
    }

    static void cursorEnd(Node symbol) {
        ((Region) symbol).setBackground(Background.EMPTY);
    }
}
