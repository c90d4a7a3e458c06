package org.losslens.app.export;

import java.util.ArrayList;
import java.util.List;
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

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    public String format() {
        return Csv.columns(headers, columns);
    }
}
