package org.losslens.core.activation;

/**
 * Overflow-free scalar forms of the logistic function and its logarithms. Every function is finite
 * for every finite input (in particular for logits of ±1e4, where naive forms give 0·∞ or log 0).
 */
public final class Sigmoid {

    private Sigmoid() {
    }

    /** σ(x) = 1 / (1 + e^−x), evaluated on the side where the exponential cannot overflow. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /** softplus(x) = ln(1 + e^x) = −ln σ(−x), as max(x, 0) + ln(1 + e^−|x|). */
    public static double softplus(double x) {
        return Math.max(x, 0.0) + log1p(Math.exp(-Math.abs(x)));
    }

    /**
     * ln(1 + y) for y ≥ 0, accurate to a few ulps also where y is tiny, from {@code Math.log} (a JIT
     * intrinsic, several times faster than the fdlibm {@code Math.log1p}). With u = fl(1 + y), the
     * rounding error of u cancels in ln(u)·y/(u − 1) (Goldberg 1991, "What every computer scientist
     * should know about floating-point arithmetic", Theorem 4); where u rounds to 1, ln(1 + y) = y
     * to double precision.
     */
    public static double log1p(double y) {
        double u = 1.0 + y;
        if (u == 1.0 || u == Double.POSITIVE_INFINITY) {
            return u == 1.0 ? y : u; // ∞·y/∞ would be NaN
        }
        return Math.log(u) * y / (u - 1.0);
    }

    /** ln σ(x) = −softplus(−x). */
    public static double logSigmoid(double x) {
        return -softplus(-x);
    }
}
