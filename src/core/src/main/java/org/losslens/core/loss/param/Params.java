package org.losslens.core.loss.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Validated, immutable parameter values for one loss. Built only by {@link #bind}, which checks
 * every value against its {@link ParamSpec}; getters therefore never fail for a declared name.
 */
public final class Params {

    private final Map<String, Object> values;

    private Params(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Checks {@code raw} against {@code specs}. Raw values are plain Java: Number, Boolean, String,
     * List of numbers, List of Lists of numbers, or null.
     *
     * @param owner          names the loss in messages, e.g. "tversky (binary)"
     * @param requireAll     true: a missing parameter is an error (the reference contract gives every
     *                       parameter); false: missing parameters take their defaults
     * @throws InvalidParameterException naming the parameter and, for ranges, the range
     */
    public static Params bind(String owner, List<ParamSpec> specs, Map<String, ?> raw, boolean requireAll) {
        Map<String, ParamSpec> byName = new LinkedHashMap<>();
        specs.forEach(s -> byName.put(s.name(), s));
        for (String name : raw.keySet()) {
            if (!byName.containsKey(name)) {
                throw new InvalidParameterException("unknown parameter '" + name + "' for " + owner + "; known: "
                        + (byName.isEmpty() ? "none" : String.join(", ", byName.keySet())));
            }
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        for (ParamSpec spec : specs) {
            if (!raw.containsKey(spec.name())) {
                if (requireAll) {
                    throw new InvalidParameterException("missing parameter '" + spec.name() + "' for " + owner
                            + " (range " + spec.rangeText() + ")");
                }
                bound.put(spec.name(), spec.defaultValue());
            } else {
                bound.put(spec.name(), check(owner, spec, raw.get(spec.name())));
            }
        }
        return new Params(bound);
    }

    /** Every parameter at its default. */
    public static Params defaults(List<ParamSpec> specs) {
        return bind("defaults", specs, Map.of(), false);
    }

    /** A copy with one value replaced (validated). */
    public Params with(String owner, List<ParamSpec> specs, String name, Object value) {
        Map<String, Object> raw = new LinkedHashMap<>(values);
        raw.put(name, value);
        return bind(owner, specs, raw, true);
    }

    private static Object check(String owner, ParamSpec spec, Object value) {
        String where = "parameter '" + spec.name() + "' of " + owner;
        switch (spec.kind()) {
            case REAL -> {
                if (!(value instanceof Number number)) {
                    throw new InvalidParameterException(where + " must be a number in " + spec.rangeText() + ", got " + value);
                }
                double v = number.doubleValue();
                if (!Double.isFinite(v) || v < spec.min() || (spec.aboveMin() && v <= spec.min()) || v > spec.max()) {
                    throw new InvalidParameterException(where + " = " + v + " is outside its range " + spec.rangeText());
                }
                if (spec.whole() && v != Math.rint(v)) {
                    throw new InvalidParameterException(where + " = " + v + " must be a whole number in "
                            + spec.rangeText());
                }
                return v;
            }
            case FLAG -> {
                if (!(value instanceof Boolean)) {
                    throw new InvalidParameterException(where + " must be true or false, got " + value);
                }
                return value;
            }
            case CHOICE -> {
                if (!(value instanceof String s) || !spec.choices().contains(s)) {
                    throw new InvalidParameterException(where + " must be one of " + spec.rangeText() + ", got " + value);
                }
                return value;
            }
            case CLASS_WEIGHTS -> {
                if (value == null) {
                    return null;
                }
                double[] w = vector(where, value);
                for (double x : w) {
                    if (x < 0) {
                        throw new InvalidParameterException(where + " has a negative weight " + x);
                    }
                }
                return w;
            }
            case CLASS_MATRIX -> {
                if (value == null) {
                    return null;
                }
                if (value instanceof double[][] matrix) {
                    // A bound matrix is stored as double[][]; re-binding (Params.with) must accept it again.
                    value = java.util.Arrays.asList(matrix);
                }
                if (!(value instanceof List<?> rows) || rows.isEmpty()) {
                    throw new InvalidParameterException(where + " must be a non-empty square matrix (list of rows)");
                }
                double[][] m = new double[rows.size()][];
                for (int r = 0; r < rows.size(); r++) {
                    m[r] = vector(where + " row " + r, rows.get(r));
                    if (m[r].length != rows.size()) {
                        throw new InvalidParameterException(where + " must be square: row " + r + " has "
                                + m[r].length + " entries for " + rows.size() + " rows");
                    }
                }
                return m;
            }
            default -> throw new IllegalStateException("unhandled kind " + spec.kind());
        }
    }

    private static double[] vector(String where, Object value) {
        if (value instanceof double[] array) {
            value = java.util.Arrays.stream(array).boxed().collect(Collectors.toList());
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidParameterException(where + " must be a list of numbers, got " + value);
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                throw new InvalidParameterException(where + " entry " + i + " must be a finite number, got " + list.get(i));
            }
            out[i] = n.doubleValue();
        }
        return out;
    }

    public double real(String name) {
        return (Double) require(name);
    }

    /** A whole-number parameter ({@link ParamSpec#whole()}, checked by {@link #bind}) as an int. */
    public int whole(String name) {
        return (int) real(name);
    }

    public boolean flag(String name) {
        return (Boolean) require(name);
    }

    public String choice(String name) {
        return (String) require(name);
    }

    /** A copy of the class weights, or null for "all ones". */
    public double[] classWeights(String name) {
        double[] w = (double[]) require(name);
        return w == null ? null : w.clone();
    }

    /** A copy of the matrix, or null for "derived from C". */
    public double[][] classMatrix(String name) {
        double[][] m = (double[][]) require(name);
        if (m == null) {
            return null;
        }
        double[][] copy = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            copy[r] = m[r].clone();
        }
        return copy;
    }

    /** The raw bound value (Double, Boolean, String, double[], double[][] or null). */
    public Object get(String name) {
        return require(name);
    }

    public List<String> names() {
        return new ArrayList<>(values.keySet());
    }

    private Object require(String name) {
        if (!values.containsKey(name)) {
            throw new InvalidParameterException("no parameter '" + name + "'");
        }
        return values.get(name);
    }

    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() instanceof double[] a ? java.util.Arrays.toString(a)
                        : e.getValue() instanceof double[][] m ? java.util.Arrays.deepToString(m) : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
