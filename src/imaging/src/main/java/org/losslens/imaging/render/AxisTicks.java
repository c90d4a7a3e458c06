package org.losslens.imaging.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Nice" tick positions (1, 2, 5 × 10^k steps) for a linear axis, and decades for a log axis: the one
 * tick rule of every chart, the headless renderer's and the app's (its PlotView spaces its JavaFX axes
 * with {@link #niceStep}).
 */
public final class AxisTicks {

    private AxisTicks() {
    }

    /** The 1, 2 or 5 × 10^k step that cuts {@code span} (> 0) into about {@code approximateCount} parts. */
    public static double niceStep(double span, int approximateCount) {
        double raw = span / Math.max(1, approximateCount);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        return raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude
                : raw / magnitude < 7.5 ? 5 * magnitude : 10 * magnitude;
    }

    static List<Double> linear(double min, double max, int approximateCount) {
        double span = max - min;
        if (!(span > 0)) {
            return List.of(min);
        }
        double step = niceStep(span, approximateCount);
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    /** Powers of ten within [min, max] (both > 0). */
    static List<Double> decades(double min, double max) {
        List<Double> ticks = new ArrayList<>();
        for (int e = (int) Math.ceil(Math.log10(min) - 1e-9); e <= Math.floor(Math.log10(max) + 1e-9); e++) {
            ticks.add(Math.pow(10, e));
        }
        return ticks;
    }

    /**
     * A linear tick's text, the one tick-label rule of every chart: four significant digits with the
     * trailing zeros of the mantissa dropped ("0.5", "2.5e-05", "-10", "0").
     */
    public static String label(double value) {
        return value == 0 ? "0" : trim(String.format(Locale.ROOT, "%.4g", value));
    }

    /** The tick 10^k of a log axis: "0.01" near 1 and "1e-5" far from it, so tick labels stay short. */
    public static String decade(long k) {
        return Math.abs(k) <= 3 ? trim(String.format(Locale.ROOT, "%.3f", Math.pow(10, k))) : "1e" + k;
    }

    /** Drops trailing zeros of the mantissa: "2.500e-05" → "2.5e-05", "0.500" → "0.5". */
    public static String trim(String number) {
        int e = number.indexOf('e');
        String mantissa = e < 0 ? number : number.substring(0, e);
        String exponent = e < 0 ? "" : number.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }
}
