package org.losslens.core.loss.param;

import java.util.List;
import java.util.Locale;

/**
 * Describes one loss parameter: what the CLI's help, the app's sliders and the validation read.
 *
 * @param name         the catalogue name, e.g. {@code smooth_nr}
 * @param kind         the value's type
 * @param defaultValue the default: a Double, Boolean, String, or null (class weights: all ones;
 *                     class matrices: derived from C as {@code defaultDescription} says)
 * @param min          lower bound (REAL only)
 * @param max          upper bound (REAL only; may be +∞ where the reference sets none)
 * @param role         the α/β/γ slider that drives it, or NONE
 * @param meaning      one line: what the parameter does
 * @param choices      the allowed words (CHOICE only)
 * @param defaultDescription words for a default that depends on the number of classes
 * @param whole        REAL only: the value counts something (iterations, a kernel size) and must be a
 *                     whole number; binding rejects other values and sweeps step by whole numbers
 * @param aboveMin     REAL only: the value must be strictly greater than {@code min} (top-k's k = 0
 *                     keeps no pixel); binding rejects min itself and sweeps start above it
 */
public record ParamSpec(String name, ParamKind kind, Object defaultValue, double min, double max,
                        ParamRole role, String meaning, List<String> choices, String defaultDescription,
                        boolean whole, boolean aboveMin) {

    public ParamSpec {
        choices = List.copyOf(choices);
    }

    /** A parameter that is not restricted to whole numbers, closed at its minimum. */
    public ParamSpec(String name, ParamKind kind, Object defaultValue, double min, double max, ParamRole role,
                     String meaning, List<String> choices, String defaultDescription) {
        this(name, kind, defaultValue, min, max, role, meaning, choices, defaultDescription, false, false);
    }

    /** This parameter with its minimum excluded from the range, e.g. (0, 100]. */
    public ParamSpec aboveMinimum() {
        return new ParamSpec(name, kind, defaultValue, min, max, role, meaning, choices, defaultDescription, whole,
                true);
    }

    public static ParamSpec real(String name, double defaultValue, double min, double max, ParamRole role,
                                 String meaning) {
        return new ParamSpec(name, ParamKind.REAL, defaultValue, min, max, role, meaning, List.of(), null);
    }

    /** A real parameter restricted to whole numbers in [min, max] (e.g. an iteration count). */
    public static ParamSpec whole(String name, int defaultValue, int min, int max, ParamRole role, String meaning) {
        return new ParamSpec(name, ParamKind.REAL, (double) defaultValue, min, max, role, meaning, List.of(), null, true, false);
    }

    public static ParamSpec flag(String name, boolean defaultValue, String meaning) {
        return new ParamSpec(name, ParamKind.FLAG, defaultValue, Double.NaN, Double.NaN, ParamRole.NONE, meaning,
                List.of(), null);
    }

    public static ParamSpec choice(String name, String defaultValue, List<String> choices, String meaning) {
        return new ParamSpec(name, ParamKind.CHOICE, defaultValue, Double.NaN, Double.NaN, ParamRole.NONE, meaning,
                choices, null);
    }

    public static ParamSpec classWeights(String name, String meaning) {
        return new ParamSpec(name, ParamKind.CLASS_WEIGHTS, null, 0, Double.POSITIVE_INFINITY, ParamRole.NONE,
                meaning, List.of(), "all ones");
    }

    public static ParamSpec classMatrix(String name, String defaultDescription, String meaning) {
        return new ParamSpec(name, ParamKind.CLASS_MATRIX, null, Double.NaN, Double.NaN, ParamRole.NONE, meaning,
                List.of(), defaultDescription);
    }

    /** True for a REAL parameter with a finite upper bound. */
    public boolean isBounded() {
        return kind == ParamKind.REAL && Double.isFinite(max);
    }

    /** The range as text, e.g. "[0, 1]" or "[0, ∞)". */
    public String rangeText() {
        return switch (kind) {
            case REAL -> (aboveMin ? "(" : "[") + format(min) + ", " + (Double.isFinite(max) ? format(max) + "]" : "∞)");
            case FLAG -> "true|false";
            case CHOICE -> String.join("|", choices);
            case CLASS_WEIGHTS -> "null or C non-negative weights";
            case CLASS_MATRIX -> "C×C matrix";
        };
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
