package org.losslens.core.activation;

/**
 * The two-channel binary probabilities [P0, P1] = [1 − σ(x), σ(x)] clamped elementwise to
 * [ε, 1 − ε], as MONAI's unified focal losses (Yeung et al. 2022) read them: each entry separately,
 * and a clamped entry passes no gradient (PyTorch's clamp backward is 1 inside [ε, 1 − ε], bounds
 * included, and 0 outside). Computed once per loss evaluation from shared {@link Activations}.
 */
public final class ClampedPair {

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

    public static ClampedPair of(Activations activations, double epsilon) {
        return new ClampedPair(activations, epsilon);
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
