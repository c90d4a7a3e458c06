package org.losslens.app.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.losslens.app.export.CsvTable;
import org.losslens.app.export.Exportable;
import org.losslens.app.i18n.Messages;
import org.losslens.app.theme.Palette;
import org.losslens.imaging.render.AxisTicks;

/**
 * Draws a {@link Plot} with JavaFX's LineChart: log axes as log10 coordinates with labelled decades,
 * colours by colour key with our own legend (JavaFX's legend knows only 8 colours), a tooltip with the
 * exact numbers on every sample, ringed markers for the current drawing and a dashed vertical cursor.
 */
public final class PlotView extends VBox implements Exportable {

    private final String exportName;
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(xAxis, yAxis);
    private final Label title = new Label();
    private final Label note = new Label();
    private final FlowPane legend = new FlowPane(12, 2);
    private final Set<String> hidden = new HashSet<>();
    private final Messages messages;
    /** False for a chart redrawn many times a second: no per-sample hit areas (nodes and tooltips). */
    private boolean sampleTooltips = true;
    private Plot shown;

    /**
     * @param id              node id, also the export file name (e.g. "imbalance-values")
     * @param initiallyHidden colour keys whose lines start hidden (a click on the legend shows them)
     */
    public PlotView(String id, ObservableValue<Plot> plot, Set<String> initiallyHidden, Messages messages) {
        this.exportName = id;
        this.messages = messages;
        hidden.addAll(initiallyHidden);
        setId(id);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(true);
        // its readable minimum size is in the theme (.plot-view > .chart, in em)
        chart.setPadding(new Insets(2, 8, 0, 0));
        xAxis.setForceZeroInRange(false);
        yAxis.setForceZeroInRange(false);
        title.getStyleClass().add("section-title");
        note.getStyleClass().add("plot-note");
        note.setWrapText(true);
        legend.getStyleClass().add("hint");
        legend.setPadding(new Insets(0, 0, 2, 8));
        VBox.setVgrow(chart, Priority.ALWAYS);
        // Title and note one above the other, each wrapping: in a flow the note's one-line width was
        // the flow's minimum, and a long note made the whole tab wider than the window (issue 19.2).
        VBox header = new VBox(title, note);
        // The words and the legend keep the height they need; only the chart gives way to a small tab.
        header.setMinHeight(USE_PREF_SIZE);
        legend.setMinHeight(USE_PREF_SIZE);
        getStyleClass().add("plot-view");
        getChildren().addAll(header, chart, legend);
        setPadding(new Insets(2, 4, 2, 4));
        plot.addListener((obs, old, now) -> show(now));
        // The view models re-word their plots when the language changes; only the waiting text is ours.
        messages.localeProperty().addListener(o -> {
            if (shown == null) {
                title.setText(messages.get("plot.computing"));
            }
        });
        show(plot.getValue());
    }

    public LineChart<Number, Number> chart() {
        return chart;
    }

    /**
     * Off: the curves are plain paths, without a hit area and a tooltip on every sample. For a chart
     * that follows a running process (Optimise) and is rebuilt several times a second; markers need them on.
     */
    public void setSampleTooltips(boolean on) {
        sampleTooltips = on;
        chart.setCreateSymbols(on);
    }

    /** The plot on display (null before the first result). */
    public Plot plot() {
        return shown;
    }

    @Override
    public String exportName() {
        return exportName;
    }

    @Override
    public Node exportNode() {
        return this;
    }

    @Override
    public CsvTable exportTable() {
        return shown == null ? new CsvTable() : Plot.csv(List.of(shown));
    }

    /** Colour keys whose lines are hidden now. */
    public Set<String> hiddenKeys() {
        return Set.copyOf(hidden);
    }

    /** Hides or shows the lines of one colour key, as a click on its legend entry does. */
    public void toggle(String key) {
        if (!hidden.remove(key)) {
            hidden.add(key);
        }
        Plot plot = shown;
        shown = null;
        show(plot);
    }

    private void show(Plot plot) {
        Plot previous = shown;
        shown = plot;
        if (plot == null) {
            chart.getData().clear();
            legend.getChildren().clear();
            title.setText(messages.get("plot.computing"));
            note.setText("");
            return;
        }
        title.setText(plot.title());
        note.setText(plot.note());
        xAxis.setLabel(plot.xLabel());
        yAxis.setLabel(plot.yLabel());
        if (previous != null && previous.lines() == plot.lines() && previous.x() == plot.x()) {
            // Only the drawing's markers moved (a brush stroke): keep the curves, swap the markers.
            chart.getData().remove(curves(previous), chart.getData().size());
            addMarkersAndCursor(plot);
            return;
        }
        if (sameCurves(previous, plot)) {
            // The same lines with new values (a running process): new points in the existing series,
            // no new nodes — much cheaper than rebuilding a chart redrawn several times a second.
            configure(xAxis, plot.xScale(), allX(plot));
            configure(yAxis, plot.yScale(), allY(plot));
            if (!plot.xScale().isLog()) {
                fitLinear(xAxis, allX(plot));
            }
            int k = 0;
            for (Plot.Line line : plot.lines()) {
                if (!hidden.contains(line.colourKey())) {
                    chart.getData().get(k++).getData().setAll(points(plot, line));
                }
            }
            return;
        }
        chart.getData().clear();
        configure(xAxis, plot.xScale(), allX(plot));
        configure(yAxis, plot.yScale(), allY(plot));
        if (!plot.xScale().isLog()) {
            fitLinear(xAxis, allX(plot));
        }
        List<String> keys = plot.colourKeys();
        for (Plot.Line line : plot.lines()) {
            if (!hidden.contains(line.colourKey())) {
                addLine(plot, line, keys.indexOf(line.colourKey()));
            }
        }
        addMarkersAndCursor(plot);
        showLegend(plot, keys);
    }

    /** How many series the visible curves take (markers and the cursor follow them). */
    private int curves(Plot plot) {
        return (int) plot.lines().stream().filter(l -> !hidden.contains(l.colourKey())).count();
    }

    /**
     * True when {@code now} draws the same lines as {@code before} (names, colours, dashes), with no
     * markers or cursor and without per-sample tooltips: only the values changed.
     */
    private boolean sameCurves(Plot before, Plot now) {
        if (sampleTooltips || before == null || !before.markers().isEmpty() || !now.markers().isEmpty()
                || Double.isFinite(before.cursorX()) || Double.isFinite(now.cursorX())
                || before.lines().size() != now.lines().size() || before.xScale() != now.xScale()
                || before.yScale() != now.yScale()) {
            return false;
        }
        for (int i = 0; i < now.lines().size(); i++) {
            Plot.Line a = before.lines().get(i);
            Plot.Line b = now.lines().get(i);
            if (!a.name().equals(b.name()) || !a.colourKey().equals(b.colourKey()) || a.dashed() != b.dashed()
                    || a.emphasised() != b.emphasised()) {
                return false;
            }
        }
        return chart.getData().size() == curves(now);
    }

    /** A line's samples in axis coordinates; those a log axis cannot show are left out. */
    private static List<XYChart.Data<Number, Number>> points(Plot plot, Plot.Line line) {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        for (int i = 0; i < plot.x().length; i++) {
            double ax = plot.xScale().toAxis(plot.x()[i]);
            double ay = plot.yScale().toAxis(line.y()[i]);
            if (Double.isFinite(ax) && Double.isFinite(ay)) {
                points.add(new XYChart.Data<>(ax, ay));
            }
        }
        return points;
    }

    private void addLine(Plot plot, Plot.Line line, int colour) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(line.name());
        series.getData().setAll(points(plot, line));
        chart.getData().add(series);
        SeriesLook.line(series.getNode(), colour, line.emphasised(), line.dashed());
        if (!sampleTooltips) {
            return;
        }
        int k = 0;
        for (int i = 0; i < plot.x().length; i++) {
            if (Double.isFinite(plot.xScale().toAxis(plot.x()[i])) && Double.isFinite(plot.yScale().toAxis(line.y()[i]))) {
                XYChart.Data<Number, Number> d = series.getData().get(k++);
                SeriesLook.sample(d.getNode());
                install(d.getNode(), String.format(Locale.ROOT, "%s%n%s = %.6g%n%s = %.6g", line.name(),
                        plot.xLabel(), plot.x()[i], plot.yLabel(), line.y()[i]));
            }
        }
    }

    private void addMarkersAndCursor(Plot plot) {
        List<String> keys = plot.colourKeys();
        for (Plot.Marker marker : plot.markers()) {
            if (hidden.contains(marker.colourKey())) {
                continue;
            }
            double ax = plot.xScale().toAxis(marker.x());
            double ay = plot.yScale().toAxis(marker.y());
            if (!Double.isFinite(ax) || !Double.isFinite(ay)) {
                continue;
            }
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName("marker " + marker.colourKey());
            series.getData().add(new XYChart.Data<>(ax, ay));
            chart.getData().add(series);
            SeriesLook.marker(series.getData().get(0).getNode(), Math.max(0, keys.indexOf(marker.colourKey())));
            install(series.getData().get(0).getNode(), marker.label());
        }
        if (Double.isFinite(plot.cursorX())) {
            double[] y = yBounds();
            XYChart.Series<Number, Number> cursor = new XYChart.Series<>();
            cursor.setName("cursor");
            double ax = plot.xScale().toAxis(plot.cursorX());
            cursor.getData().add(new XYChart.Data<>(ax, y[0]));
            cursor.getData().add(new XYChart.Data<>(ax, y[1]));
            chart.getData().add(cursor);
            SeriesLook.cursor(cursor.getNode());
            cursor.getData().forEach(d -> SeriesLook.cursorEnd(d.getNode()));
        }
    }

    /** The y range the cursor spans: the axis's fixed bounds, or the data's when the axis auto-ranges. */
    private double[] yBounds() {
        if (!yAxis.isAutoRanging()) {
            return new double[] {yAxis.getLowerBound(), yAxis.getUpperBound()};
        }
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : allY(shown)) {
            range[0] = Math.min(range[0], v);
            range[1] = Math.max(range[1], v);
        }
        return Double.isFinite(range[0]) ? range : new double[] {0, 1};
    }

    private static void install(Node node, String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(80));
        Tooltip.install(node, tip);
    }

    private void showLegend(Plot plot, List<String> keys) {
        legend.getChildren().clear();
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            boolean allDashed = plot.lines().stream().filter(l -> l.colourKey().equals(key)).allMatch(Plot.Line::dashed);
            Line swatch = new Line(0, 0, 18, 0);
            swatch.getStyleClass().addAll("legend-swatch", Palette.seriesStyleClass(k));
            if (allDashed) {
                swatch.getStrokeDashArray().addAll(5.0, 3.0);
            }
            Label entry = new Label(key, swatch);
            entry.setOpacity(hidden.contains(key) ? 0.35 : 1);
            entry.setOnMouseClicked(e -> toggle(key));
            entry.setTooltip(new Tooltip(messages.get(hidden.contains(key) ? "plot.legend.show" : "plot.legend.hide")));
            legend.getChildren().add(entry);
        }
    }

    private static double[] allX(Plot plot) {
        List<Double> out = new ArrayList<>();
        for (double x : plot.x()) {
            add(out, plot.xScale().toAxis(x));
        }
        for (Plot.Marker m : plot.markers()) {
            add(out, plot.xScale().toAxis(m.x()));
        }
        add(out, plot.xScale().toAxis(plot.cursorX()));
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private double[] allY(Plot plot) {
        List<Double> out = new ArrayList<>();
        for (Plot.Line line : plot.lines()) {
            if (hidden.contains(line.colourKey())) {
                continue;
            }
            for (double y : line.y()) {
                add(out, plot.yScale().toAxis(y));
            }
        }
        for (Plot.Marker m : plot.markers()) {
            add(out, plot.yScale().toAxis(m.y()));
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void add(List<Double> out, double v) {
        if (Double.isFinite(v)) {
            out.add(v);
        }
    }

    /** A linear x axis spans the swept range rounded out to whole ticks (JavaFX's auto-range adds a tick more). */
    private static void fitLinear(NumberAxis axis, double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!(hi > lo)) {
            return;
        }
        double step = AxisTicks.niceStep(hi - lo, 8);
        axis.setAutoRanging(false);
        // Ends on whole ticks (0.005…0.995 shows as 0…1), so tick labels are round numbers.
        axis.setLowerBound(Math.floor(lo / step + 1e-9) * step);
        axis.setUpperBound(Math.ceil(hi / step - 1e-9) * step);
        axis.setTickUnit(step);
    }

    /** A log axis spans whole decades with a tick per decade (or per few); a linear one ranges itself. */
    private static void configure(NumberAxis axis, AxisScale scale, double[] values) {
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return scale.tickLabel(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        if (!scale.isLog() || values.length == 0) {
            axis.setAutoRanging(true);
            return;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double lower = Math.floor(lo);
        double upper = Math.max(lower + 1, Math.ceil(hi));
        axis.setAutoRanging(false);
        axis.setLowerBound(lower);
        axis.setUpperBound(upper);
        axis.setTickUnit(Math.max(1, Math.ceil((upper - lower) / 8)));
        axis.setMinorTickCount(0);
    }
}
