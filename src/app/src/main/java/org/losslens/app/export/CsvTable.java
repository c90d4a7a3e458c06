package org.losslens.app.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.losslens.app.charts.Plot;
import org.losslens.core.csv.Csv;

/**
 * Columns of numbers to export as CSV, in the core's one CSV form ({@link Csv}: values written with
 * {@link Double#toString}, which reads back to the identical double, so an exported table carries
 * exactly the core's numbers).
 */
public final class CsvTable {

    private final List<String> headers = new ArrayList<>();
    private final List<double[]> columns = new ArrayList<>();

    public CsvTable column(String header, double[] values) {
        if (!columns.isEmpty() && columns.get(0).length != values.length) {
            throw new IllegalArgumentException(header + " has " + values.length + " rows, not " + columns.get(0).length);
        }
        headers.add(header);
        columns.add(values);
        return this;
    }

    /**
     * The lines of plots that share their x values: one x column, then one column per line, named
     * "plot title: line" when there are several plots.
     */
    public static CsvTable of(List<Plot> plots) {
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
            for (Plot.Line line : plot.lines()) {
                table.column(plots.size() == 1 ? line.name() : plot.title() + ": " + line.name(), line.y());
            }
        }
        return table;
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    public String format() {
        return Csv.columns(headers, columns);
    }
}
