package org.losslens.core.sweep;

import java.util.List;

/**
 * Curves y_s(x) of several series sampled at shared x positions — what a chart draws and a CSV holds.
 * Arrays are not copied; sweeps build fresh ones and never touch them again.
 */
public record Curves(String xLabel, double[] x, List<Series> series) {

    /** One named series; {@code y[i]} belongs to {@code x[i]}. */
    public record Series(String name, double[] y) {

        /**
         * Where {@code value} sits between this series' finite minimum (0) and maximum (1) — the map that
         * {@link Curves#normalised()} applies, so a point off the curve (e.g. the editor's current state)
         * can be placed on the same scale. A flat series maps its value to 0.
         */
        public double normalise(double value) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : y) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            if (!(max > min)) {
                return Double.isFinite(min) ? value - min : value;
            }
            return (value - min) / (max - min);
        }
    }

    public Curves {
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.y().length != x.length) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.y().length + " points for "
                        + x.length + " x values");
            }
        }
    }

    public Series series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series " + name));
    }

    /**
     * Every series rescaled to [0, 1] by its own minimum and maximum, so curves of very different
     * magnitude (CE ≈ 0.01, Dice ≈ 0.5) can be compared by shape.
     */
    public Curves normalised() {
        List<Series> scaled = series.stream().map(s -> {
            double[] y = new double[s.y().length];
            for (int i = 0; i < y.length; i++) {
                y[i] = s.normalise(s.y()[i]);
            }
            return new Series(s.name(), y);
        }).toList();
        return new Curves(xLabel, x, scaled);
    }
}
