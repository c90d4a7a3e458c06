package org.losslens.core.sweep;

import java.util.List;

/**
 * Curves y_s(x) of several series sampled at shared x positions — what a chart draws and a CSV holds.
 * Arrays are not copied; sweeps build fresh ones and never touch them again.
 */
public record Curves(String xLabel, double[] x, List<Series> series) {

    /** One named series; {@code y[i]} belongs to {@code x[i]}. */
    public record Series(String name, double[] y) {
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
}
