package org.losslens.imaging.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.losslens.core.csv.Csv;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/**
 * The losses and metrics of every case of a dataset folder, one row per case in name order, with the
 * summaries a user reads first: mean, median and worst of each column over the cases that were
 * evaluated (worst = the highest loss, the lowest Dice or IoU).
 */
public record DatasetTable(DatasetScan scan, Mode mode, List<LossSpec> losses, List<DatasetRow> rows) {

    /** The summary lines, in the order the table shows them. */
    public enum Summary { MEAN, MEDIAN, WORST }

    public DatasetTable {
        losses = List.copyOf(losses);
        rows = List.copyOf(rows);
    }

    /** The summary of loss column {@code column} (index into {@link #losses}). */
    public double lossSummary(int column, Summary summary) {
        return summarise(r -> r.value(column), summary, true);
    }

    public double diceSummary(Summary summary) {
        return summarise(DatasetRow::dice, summary, false);
    }

    public double iouSummary(Summary summary) {
        return summarise(DatasetRow::iou, summary, false);
    }

    /** Rows whose numbers exist (NaN values — Dice of two empty masks — are left out of summaries). */
    private double summarise(ToDoubleFunction<DatasetRow> column, Summary summary, boolean higherIsWorse) {
        double[] v = rows.stream().filter(r -> r.error().isEmpty()).mapToDouble(column)
                .filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return switch (summary) {
            case MEAN -> Arrays.stream(v).sum() / v.length;
            case MEDIAN -> v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            case WORST -> higherIsWorse ? v[v.length - 1] : v[0];
        };
    }

    public long failures() {
        return rows.stream().filter(r -> r.error().isPresent()).count();
    }

    /** The table as CSV: a header, one line per case, then the mean, median and worst lines. */
    public String csv() {
        List<String> header = new ArrayList<>(List.of("case", "ground_truth", "prediction", "scale"));
        losses.forEach(l -> header.add(l.id()));
        header.addAll(List.of("dice", "iou", "error"));
        StringBuilder s = new StringBuilder(Csv.line(header.toArray(String[]::new)));
        for (DatasetRow r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.item().name(), r.item().groundTruth().getFileName().toString(),
                    r.item().prediction().getFileName().toString(), r.scale() == null ? "" : r.scale().name().toLowerCase(java.util.Locale.ROOT)));
            for (int c = 0; c < losses.size(); c++) {
                cells.add(number(r.value(c)));
            }
            cells.addAll(List.of(number(r.dice()), number(r.iou()), r.error().orElse("")));
            s.append(Csv.line(cells.toArray(String[]::new)));
        }
        for (Summary summary : Summary.values()) {
            List<String> cells = new ArrayList<>(List.of(summary.name().toLowerCase(java.util.Locale.ROOT), "", "", ""));
            for (int c = 0; c < losses.size(); c++) {
                cells.add(number(lossSummary(c, summary)));
            }
            cells.addAll(List.of(number(diceSummary(summary)), number(iouSummary(summary)), ""));
            s.append(Csv.line(cells.toArray(String[]::new)));
        }
        return s.toString();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
