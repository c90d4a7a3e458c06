package org.losslens.cli.sweep;

import java.util.ArrayList;
import java.util.List;
import org.losslens.core.csv.Csv;
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
        List<String> headers = new ArrayList<>(List.of(first.xLabel()));
        List<double[]> columns = new ArrayList<>(List.of(first.x()));
        for (Block b : blocks) {
            for (Curves.Series series : b.curves().series()) {
                headers.add(series.name() + b.suffix());
                columns.add(series.y());
            }
        }
        return Csv.columns(headers, columns);
    }
}
