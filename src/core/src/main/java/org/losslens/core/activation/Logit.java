package org.losslens.core.activation;

/**
 * logit(p) = ln(p / (1 − p)), the inverse of {@link Sigmoid#sigmoid}, and the one probability clamp
 * every front end (the app's masks, the CLI's PNGs) applies before handing painted probabilities to
 * the core: a drawn p of exactly 0 or 1 would be a logit of ∓∞, so p is kept in [ε, 1 − ε], ε = 1e-6
 * (logits within ±13.8, where every loss's value and gradient stay finite).
 */
public final class Logit {

    /** ε of the clamp [ε, 1 − ε]. */
    public static final double PROBABILITY_CLAMP = 1e-6;

    private Logit() {
    }

    /** ln(p) − ln(1 − p) for p in (0, 1), with log1p so p near 0 keeps its digits. */
    public static double of(double p) {
        return Math.log(p) - Math.log1p(-p);
    }

    /** p clamped to [ε, 1 − ε]. */
    public static double clamp(double p) {
        return Math.min(1 - PROBABILITY_CLAMP, Math.max(PROBABILITY_CLAMP, p));
    }

    /** logit of p clamped to [ε, 1 − ε]: finite for every p in [0, 1]. */
    public static double ofClamped(double p) {
        return of(clamp(p));
    }

    /**
     * Multiclass: the logit of one class's probability, ln(max(p, ε)); the softmax of these logits over
     * the classes gives back p (exactly, where no p was below ε).
     */
    public static double ofClampedClassProbability(double p) {
        return Math.log(Math.max(PROBABILITY_CLAMP, p));
    }
}
