package org.losslens.imaging.dataset;

import java.util.Optional;

/**
 * One case's line of the dataset table: every chosen loss's value (in the table's column order), Dice
 * and IoU of the hard prediction, the scale the prediction was read as — or, if the case could not be
 * read or evaluated, why not (then the numbers are NaN).
 */
public record DatasetRow(DatasetItem item, double[] values, double dice, double iou, PredictionScale scale,
        Optional<String> error) {

    public DatasetRow {
        values = values.clone();
    }

    static DatasetRow failed(DatasetItem item, int columns, String error) {
        double[] nan = new double[columns];
        java.util.Arrays.fill(nan, Double.NaN);
        return new DatasetRow(item, nan, Double.NaN, Double.NaN, null, Optional.of(error));
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public double value(int column) {
        return values[column];
    }
}
