package org.losslens.core.csv;

import java.util.List;

/**
 * The one CSV form of LossLens's numbers (the app's exports, the CLI's sweep and table): RFC 4180
 * quoting of text fields, numbers written with {@link Double#toString}, which reads back to the
 * identical double, so a CSV carries exactly the core's values. Builds text only; writing it is the
 * caller's business.
 */
public final class Csv {

    private Csv() {
    }

    /** A text field, quoted (with doubled quotes) only if it holds a comma, a quote or a line break. */
    public static String field(String text) {
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** One line of text fields, with its '\n'. */
    public static String line(String... fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        return out.append('\n').toString();
    }

    /** A header line, then one line per row of equally long numeric columns. */
    public static String columns(List<String> headers, List<double[]> columns) {
        if (headers.size() != columns.size()) {
            throw new IllegalArgumentException(headers.size() + " headers for " + columns.size() + " columns");
        }
        int rows = columns.isEmpty() ? 0 : columns.get(0).length;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).length != rows) {
                throw new IllegalArgumentException(headers.get(c) + " has " + columns.get(c).length
                        + " rows, not " + rows);
            }
        }
        StringBuilder out = new StringBuilder(line(headers.toArray(String[]::new)));
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
}
