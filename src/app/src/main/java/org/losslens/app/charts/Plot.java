package org.losslens.app.charts;

import java.util.Arrays;
import java.util.List;
import org.losslens.app.export.CsvTable;

/**
 * What one chart shows, as plain data a view model can build and a test can inspect: shared x values,
 * named lines, points marking the editor's current state and an optional vertical cursor.
 *
 * @param note    one line under the title saying how to read the chart (e.g. "solid: foreground")
 * @param cursorX x of a vertical line (the current parameter value), NaN for none
 */
public record Plot(String title, String note, String xLabel, String yLabel, AxisScale xScale, AxisScale yScale,
                   double[] x, List<Line> lines, List<Marker> markers, double cursorX) {

    /**
     * One curve.
     *
     * @param colourKey lines with the same key share a colour (e.g. a loss's foreground and background
     *                  gradient) and one legend entry
     */
    public record Line(String name, String colourKey, boolean dashed, boolean emphasised, double[] y) {
    }

    /** A single highlighted point, e.g. where the current drawing sits. */
    public record Marker(String colourKey, double x, double y, String label) {
    }

    public Plot {
        lines = List.copyOf(lines);
        markers = List.copyOf(markers);
        for (Line line : lines) {
            if (line.y().length != x.length) {
                throw new IllegalArgumentException(line.name() + " has " + line.y().length + " points for " + x.length);
            }
        }
    }

    /** The same plot with different markers (they change with the drawing, the curves do not). */
    public Plot withMarkers(List<Marker> newMarkers, double newCursorX) {
        return new Plot(title, note, xLabel, yLabel, xScale, yScale, x, lines, newMarkers, newCursorX);
    }

    public Line line(String name) {
        return lines.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line " + name));
    }

    /** Colour keys in order of first appearance: the legend's entries and the palette's order. */
    public List<String> colourKeys() {
        return lines.stream().map(Line::colourKey).distinct().toList();
    }

    /**
     * The lines of plots that share their x values: one x column, then one column per line, named
     * "plot title: line" when there are several plots.
     */
    public static CsvTable csv(List<Plot> plots) {
        CsvTable table = new CsvTable();
        if (plots.isEmpty()) {
            return table;
        }
        Plot first = plots.get(0);
        table.column(first.xLabel(), first.x());
        for (Plot plot : plots) {
            if (!Arrays.equals(plot.x(), first.x())) {
                throw new IllegalArgumentException(plot.title() + " does not share the x values of " + first.title());
            }
            for (Line line : plot.lines()) {
                table.column(plots.size() == 1 ? line.name() : plot.title() + ": " + line.name(), line.y());
            }
        }
        return table;
    }
}
