package org.losslens.core.loss.param;

/**
 * Checks and defaults for {@link ParamKind#CLASS_MATRIX} parameters: C×C matrices over classes such
 * as a distance matrix between classes or a 0/1 matrix of forbidden class pairs. Every failure is an
 * {@link InvalidParameterException} naming the parameter and the offending entry.
 */
public final class ClassMatrices {

    private ClassMatrices() {
    }

    /**
     * Checks that {@code m} is square, finite, symmetric, zero on the diagonal and non-negative: the
     * shape of a distance (or cost) between classes.
     *
     * @param name the parameter's name, for messages
     * @return a defensive copy of {@code m}
     */
    public static double[][] requireSymmetricNonNegative(String name, double[][] m) {
        if (m == null || m.length == 0) {
            throw new InvalidParameterException("parameter '" + name + "' must be a non-empty C×C matrix");
        }
        int c = m.length;
        double[][] copy = new double[c][];
        for (int i = 0; i < c; i++) {
            if (m[i] == null || m[i].length != c) {
                throw new InvalidParameterException("parameter '" + name + "' must be square (C×C): row " + i
                        + " has " + (m[i] == null ? 0 : m[i].length) + " entries for " + c + " rows");
            }
            copy[i] = m[i].clone();
        }
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                double v = copy[i][j];
                if (!Double.isFinite(v)) {
                    throw new InvalidParameterException("parameter '" + name + "' entry [" + i + "][" + j
                            + "] must be finite, got " + v);
                }
                if (v < 0) {
                    throw new InvalidParameterException("parameter '" + name + "' entry [" + i + "][" + j
                            + "] = " + v + " is negative; entries must be >= 0");
                }
                if (i == j && v != 0) {
                    throw new InvalidParameterException("parameter '" + name + "' must have a zero diagonal, but ["
                            + i + "][" + i + "] = " + v);
                }
                if (v != copy[j][i]) {
                    throw new InvalidParameterException("parameter '" + name + "' must be symmetric, but [" + i
                            + "][" + j + "] = " + v + " and [" + j + "][" + i + "] = " + copy[j][i]);
                }
            }
        }
        return copy;
    }

    /** As {@link #requireSymmetricNonNegative}, and every entry must be exactly 0 or 1. */
    public static double[][] requireSymmetricBinary(String name, double[][] m) {
        double[][] copy = requireSymmetricNonNegative(name, m);
        for (int i = 0; i < copy.length; i++) {
            for (int j = 0; j < copy.length; j++) {
                if (copy[i][j] != 0 && copy[i][j] != 1) {
                    throw new InvalidParameterException("parameter '" + name + "' must hold only 0 and 1, but ["
                            + i + "][" + j + "] = " + copy[i][j]);
                }
            }
        }
        return copy;
    }

    /**
     * Checks that a matrix fits an input of {@code classes} classes.
     *
     * @throws InvalidParameterException if the sizes differ
     */
    public static void requireClasses(String name, double[][] m, int classes) {
        if (m.length != classes) {
            throw new InvalidParameterException("parameter '" + name + "' is " + m.length + "×" + m.length
                    + " but the input has C = " + classes + " classes; it must be C×C");
        }
    }

    /** 1 − identity: distance 1 between any two distinct classes. */
    public static double[][] oneMinusIdentity(int classes) {
        double[][] m = new double[classes][classes];
        for (int i = 0; i < classes; i++) {
            for (int j = 0; j < classes; j++) {
                m[i][j] = i == j ? 0 : 1;
            }
        }
        return m;
    }

    /** 1 for every pair of distinct foreground classes (both ≥ 1), 0 elsewhere (background row/column, diagonal). */
    public static double[][] distinctForegroundPairs(int classes) {
        double[][] m = new double[classes][classes];
        for (int i = 1; i < classes; i++) {
            for (int j = 1; j < classes; j++) {
                m[i][j] = i == j ? 0 : 1;
            }
        }
        return m;
    }
}
