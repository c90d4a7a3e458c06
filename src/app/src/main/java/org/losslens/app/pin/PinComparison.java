package org.losslens.app.pin;

import java.util.Locale;

/**
 * One number now (B) against the same number in the pinned state (A): the difference B − A and the
 * ratio B / A. The ratio is undefined (NaN) when A is 0 or either value is not finite; the
 * difference then still says how far B moved.
 */
public record PinComparison(double pinned, double now) {

    public double delta() {
        return now - pinned;
    }

    public double ratio() {
        return pinned == 0 || !Double.isFinite(pinned) || !Double.isFinite(now) ? Double.NaN : now / pinned;
    }

    /** "Δ +1.23e-05 · ×1.0001": the difference to 3 significant digits, the ratio to 5. */
    public String format() {
        return "Δ " + formatDelta(delta()) + " · " + formatRatio(ratio());
    }

    /** The difference alone, signed: "+0.0500". */
    public static String formatDelta(double delta) {
        if (!Double.isFinite(delta)) {
            return String.valueOf(delta);
        }
        return delta == 0 ? "0" : String.format(Locale.ROOT, "%+.3g", delta);
    }

    static String formatRatio(double ratio) {
        return Double.isNaN(ratio) ? "×—" : String.format(Locale.ROOT, "×%.5g", ratio);
    }
}
