package org.losslens.core.activation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The two-channel binary probabilities [P0, P1] = [1 − σ(x), σ(x)] clamped elementwise to
 * [ε, 1 − ε], as MONAI's unified focal losses (Yeung et al. 2022) read them: each entry separately,
 * and a clamped entry passes no gradient (PyTorch's clamp backward is 1 inside [ε, 1 − ε], bounds
 * included, and 0 outside). A fact of the prediction and ε: cached on the {@link Activations} per ε,
 * so asymmetric focal, asymmetric focal Tversky and their unified sum share one pair (and its
 * logarithms) per prediction instead of each building four input-sized arrays per call. Immutable
 * once built (the logarithms are computed on first use, racily but benignly: every thread computes the
 * same numbers and a final-field holder publishes them), so it may be read by several threads at once.
 */
public final class ClampedPair {

    /** Per prediction: ε → its pair. A few at most (the losses use one constant ε). */
    private static final Function<Activations, Map<Double, ClampedPair>> PAIRS = a -> new ConcurrentHashMap<>();
    private static final int MAX_PAIRS = 4;

    private final double[] background;
    private final double[] foreground;
    private final boolean[] backgroundPasses;
    private final boolean[] foregroundPasses;
    private final Activations activations;

    private ClampedPair(Activations activations, double epsilon) {
        if (!activations.isSigmoid()) {
            throw new IllegalArgumentException("the clamped [1 − p, p] pair is defined for binary (sigmoid) activations");
        }
        this.activations = activations;
        int n = activations.shape().size();
        background = new double[n];
        foreground = new double[n];
        backgroundPasses = new boolean[n];
        foregroundPasses = new boolean[n];
        double high = 1 - epsilon;
        for (int i = 0; i < n; i++) {
            double p0 = activations.complement(i);
            double p1 = activations.probability(i);
            backgroundPasses[i] = p0 >= epsilon && p0 <= high;
            foregroundPasses[i] = p1 >= epsilon && p1 <= high;
            background[i] = Math.min(Math.max(p0, epsilon), high);
            foreground[i] = Math.min(Math.max(p1, epsilon), high);
        }
    }

    /** The clamped pair of these activations, built on first use for this ε and then shared. */
    public static ClampedPair of(Activations activations, double epsilon) {
        Map<Double, ClampedPair> pairs = activations.derived(PAIRS);
        ClampedPair pair = pairs.get(epsilon);
        if (pair == null) {
            pair = new ClampedPair(activations, epsilon);
            if (pairs.size() >= MAX_PAIRS) {
                pairs.clear();
            }
            pairs.put(epsilon, pair);
        }
        return pair;
    }

    private record Logarithms(double[] background, double[] foreground) {
    }

    private Logarithms logarithms;

    /**
     * ln P0 at every pixel, in an array of this pair's (not to be written). Taken in bulk by
     * {@link Elementwise#log}: the same numbers as taking it per tile of {@link Elementwise#TILE}
     * (a multiple of the vector length, so the same entries fall to the scalar tail).
     */
    public double[] logBackground() {
        return logarithms().background();
    }

    /** ln P1 at every pixel, as {@link #logBackground()}. */
    public double[] logForeground() {
        return logarithms().foreground();
    }

    private Logarithms logarithms() {
        Logarithms l = logarithms;
        if (l == null) {
            double[] lb = background.clone();
            double[] lf = foreground.clone();
            Elementwise.log(lb, 0, lb.length);
            Elementwise.log(lf, 0, lf.length);
            l = new Logarithms(lb, lf);
            logarithms = l;
        }
        return l;
    }

    /** clamp(1 − σ(x_i)). */
    public double background(int i) {
        return background[i];
    }

    /** clamp(σ(x_i)). */
    public double foreground(int i) {
        return foreground[i];
    }

    /**
     * ∂L/∂x_i from ∂L/∂P0_i and ∂L/∂P1_i: dP1/dx = σ(1 − σ) = −dP0/dx where the entry is not clamped.
     */
    public double logitDerivative(int i, double dLossDBackground, double dLossDForeground) {
        double slope = activations.probability(i) * activations.complement(i);
        return slope * ((foregroundPasses[i] ? dLossDForeground : 0) - (backgroundPasses[i] ? dLossDBackground : 0));
    }
}
