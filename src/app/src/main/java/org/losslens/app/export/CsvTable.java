package org.losslens.app.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Columns of numbers as CSV. Values are written with {@link Double#toString}, which reads back to the
 * identical double, so an exported table carries exactly the core's numbers.
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
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", headers.stream().map(CsvTable::quote).toList())).append('\n');
        int rows = columns.isEmpty() ? 0 : columns.get(0).length;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    out.append(',');
                }
                out.append(columns.get(c)[r]);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String quote(String header) {
        return header.contains(",") || header.contains("\"") ? '"' + header.replace("\"", "\"\"") + '"' : header;
    }
}
