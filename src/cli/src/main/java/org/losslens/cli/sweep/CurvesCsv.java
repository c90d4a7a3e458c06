package org.losslens.cli.sweep;

import java.util.List;
import org.losslens.core.sweep.Curves;

/** CSV of curves that share their x values: one x column, then one column per series. */
final class CurvesCsv {

    /** Curves and the suffix their series' column names get (e.g. "" or " fg gradient"). */
    record Block(Curves curves, String suffix) {
    }

    private CurvesCsv() {
    }

    static String of(List<Block> blocks) {
        Curves first = blocks.get(0).curves();
        StringBuilder s = new StringBuilder(quote(first.xLabel()));
        for (Block b : blocks) {
            for (Curves.Series series : b.curves().series()) {
                s.append(',').append(quote(series.name() + b.suffix()));
            }
        }
        s.append('\n');
        for (int i = 0; i < first.x().length; i++) {
            s.append(first.x()[i]);
            for (Block b : blocks) {
                for (Curves.Series series : b.curves().series()) {
                    s.append(',').append(series.y()[i]);
                }
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
