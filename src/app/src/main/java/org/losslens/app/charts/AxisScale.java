package org.losslens.app.charts;

import java.util.Locale;

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

    /** The text of a tick at axis coordinate {@code axisValue}. */
    public String tickLabel(double axisValue) {
        return switch (this) {
            case LINEAR -> trim(String.format(Locale.ROOT, "%.4g", axisValue));
            case LOG -> decade(axisValue);
            case LOG_PERCENT -> trim(String.format(Locale.ROOT, "%.3g", 100 * Math.pow(10, axisValue))) + " %";
        };
    }

    /** 10^k as "0.01" near 1 and as "1e-5" far from it, so tick labels stay short. */
    private static String decade(double axisValue) {
        long k = Math.round(axisValue);
        if (Math.abs(axisValue - k) > 1e-9) {
            return trim(String.format(Locale.ROOT, "%.3g", Math.pow(10, axisValue)));
        }
        return Math.abs(k) <= 3 ? trim(String.format(Locale.ROOT, "%.3f", Math.pow(10, k))) : "1e" + k;
    }

    /** Drops trailing zeros of the mantissa: "2.500e-05" → "2.5e-05", "0.500" → "0.5". */
    private static String trim(String number) {
        int e = number.indexOf('e');
        String mantissa = e < 0 ? number : number.substring(0, e);
        String exponent = e < 0 ? "" : number.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }
}
