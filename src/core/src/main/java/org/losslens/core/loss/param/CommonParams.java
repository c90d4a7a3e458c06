package org.losslens.core.loss.param;

/**
 * Parameters shared by many losses, declared once so their names, ranges and meanings agree
 * everywhere. Where the reference catalogue sets no range for a smoothing term, only negatives are
 * rejected ({@link #UNBOUNDED}).
 */
public final class CommonParams {

    /** Upper bound of a smoothing term whose reference catalogue entry sets no range. */
    public static final double UNBOUNDED = Double.POSITIVE_INFINITY;

    private CommonParams() {
    }

    /** MONAI's smooth_nr: added to the numerator of the overlap ratio. */
    public static ParamSpec smoothNr(double defaultValue, double max) {
        return ParamSpec.real("smooth_nr", defaultValue, 0, max, ParamRole.NONE,
                "added to the numerator; keeps the ratio defined and lets an empty GT with an empty prediction score well");
    }

    /** MONAI's smooth_dr: added to the denominator of the overlap ratio. */
    public static ParamSpec smoothDr(double defaultValue, double max) {
        return ParamSpec.real("smooth_dr", defaultValue, 0, max, ParamRole.NONE,
                "added to the denominator; avoids 0/0 when GT and prediction are both empty; must be > 0 when smooth_nr > 0 "
                        + "(the loss then stays ≥ 1 − smooth_nr/smooth_dr)");
    }

    /**
     * Checks the pair smooth_nr, smooth_dr of an overlap ratio (2I + smooth_nr)/(D + smooth_dr)
     * (Dice, IoU, Tversky and their generalised and compound forms). The ratio is a mediant of the
     * overlap part (at most 1) and smooth_nr/smooth_dr, so the loss is bounded below by
     * 1 − smooth_nr/smooth_dr — but only if that quotient is finite: with smooth_nr &gt; 0 and
     * smooth_dr = 0 (or so small that the quotient overflows) a vanishing denominator sends the loss
     * to −∞ (−1.8e233 for a tiny one) and an exactly zero one has no value at all. That corner is
     * refused, for every such loss alike; smooth_nr = smooth_dr = 0 stays allowed (the ratio is then
     * at most 1, and 0/0 is defined as a loss of 0 by the losses).
     *
     * @throws InvalidParameterException naming smooth_dr if smooth_nr &gt; 0 and smooth_nr/smooth_dr is not finite
     */
    public static void checkSmoothing(double smoothNr, double smoothDr) {
        if (smoothNr > 0 && !Double.isFinite(smoothNr / smoothDr)) {
            throw new InvalidParameterException("parameter 'smooth_dr' = " + smoothDr + " with smooth_nr = " + smoothNr
                    + ": the overlap ratio (… + smooth_nr)/(… + smooth_dr) has no bound when the prediction and the "
                    + "target are both (nearly) empty; give smooth_dr > 0 with a finite smooth_nr/smooth_dr, or "
                    + "smooth_nr = 0");
        }
    }

    /** A single smoothing term added to numerator and denominator alike. */
    public static ParamSpec smooth(double defaultValue) {
        return ParamSpec.real("smooth", defaultValue, 0, 10, ParamRole.NONE,
                "added to numerator and denominator of the overlap ratio (Laplace smoothing)");
    }

    /** MONAI's include_background (multiclass): whether channel 0 takes part. */
    public static ParamSpec includeBackground() {
        return ParamSpec.flag("include_background", true,
                "whether the background channel 0 is scored; false scores only the foreground classes");
    }

    /** Focal exponent γ (Lin et al. 2017, eq. 4). */
    public static ParamSpec focalGamma() {
        return ParamSpec.real("gamma", 2.0, 0, 5, ParamRole.GAMMA,
                "focusing exponent: (1 − p_t)^γ down-weights pixels already classified well; γ = 0 is cross-entropy");
    }

    /** Focal α, class-balancing weight of the FOREGROUND (background gets 1 − α). */
    public static ParamSpec focalAlpha() {
        return ParamSpec.real("alpha", 0.25, 0, 1, ParamRole.ALPHA,
                "weight of FOREGROUND pixels (background pixels get 1 − α); 0.25 down-weights the foreground, as in Lin et al.");
    }

    /** Tversky α: weight of false positives (MONAI convention). */
    public static ParamSpec tverskyAlpha() {
        return ParamSpec.real("alpha", 0.3, 0, 1, ParamRole.ALPHA,
                "weight of FALSE POSITIVES Σ p(1 − t): raise it to punish over-segmentation");
    }

    /** Tversky β: weight of false negatives (MONAI convention). */
    public static ParamSpec tverskyBeta() {
        return ParamSpec.real("beta", 0.7, 0, 1, ParamRole.BETA,
                "weight of FALSE NEGATIVES Σ (1 − p)t: raise it to punish missed foreground (favours recall)");
    }

    /** Weight of a term in a compound loss. */
    public static ParamSpec termWeight(String name, String term) {
        return ParamSpec.real(name, 1.0, 0, 10, ParamRole.NONE, "weight of the " + term + " term in the sum");
    }
}
