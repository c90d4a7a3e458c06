package org.losslens.app.charts;

import java.util.Locale;
import org.losslens.imaging.render.AxisTicks;

/**
 * How values map onto a chart axis. JavaFX's NumberAxis is linear, so a log axis plots log10(v) and
 * labels each tick with the value it stands for.
 */
public enum AxisScale {
    LINEAR,
    LOG,
    /** Logarithmic, labelled in percent (foreground fractions). */
    LOG_PERCENT;

    public boolean isLog() {
        return this != LINEAR;
    }

    /** The axis coordinate of {@code value}; NaN where a log axis cannot show it (≤ 0). */
    public double toAxis(double value) {
        if (!isLog()) {
            return value;
        }
        return value > 0 ? Math.log10(value) : Double.NaN;
    }

    /** The text of a tick at axis coordinate {@code axisValue}, by the charts' one label rule ({@link AxisTicks}). */
    public String tickLabel(double axisValue) {
        return switch (this) {
            case LINEAR -> AxisTicks.label(axisValue);
            case LOG -> decade(axisValue);
            case LOG_PERCENT -> AxisTicks.trim(String.format(Locale.ROOT, "%.3g", 100 * Math.pow(10, axisValue))) + " %";
        };
    }

    /** A decade's label; an axis coordinate between decades (a zoomed axis) as its value. */
    private static String decade(double axisValue) {
        long k = Math.round(axisValue);
        if (Math.abs(axisValue - k) > 1e-9) {
            return AxisTicks.trim(String.format(Locale.ROOT, "%.3g", Math.pow(10, axisValue)));
        }
        return AxisTicks.decade(k);
    }
}
