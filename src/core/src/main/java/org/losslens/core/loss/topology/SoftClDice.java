package org.losslens.core.loss.topology;

import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Soft clDice (Shit et al., "clDice — a novel topology-preserving loss function for tubular structure
 * segmentation", CVPR 2021, eq. 3 with the soft skeleton of Algorithm 1), as MONAI's
 * {@code SoftclDiceLoss}: 1 − the harmonic mean of topology precision (the predicted soft skeleton
 * inside the GT) and topology sensitivity (the GT's soft skeleton inside the prediction); see
 * {@link SkeletonOverlap} for the formulas and the gradient. MONAI takes probabilities: binary
 * [1 − σ(x), σ(x)] against [1 − t, t], multiclass softmax(x) against one_hot(y), channel 0 dropped
 * and the foreground channels pooled.
 */
public final class SoftClDice implements Loss {

    public static final LossSpec BINARY = spec(Mode.BINARY,
            "MONAI SoftclDiceLoss(iter_, smooth) on [1 − σ(x), σ(x)] vs [1 − t, t], channel 0 dropped (Shit et al. 2021)");

    public static final LossSpec MULTICLASS = spec(Mode.MULTICLASS,
            "MONAI SoftclDiceLoss(iter_, smooth) on softmax(x) vs one_hot(y), channel 0 dropped, channels 1..C−1 "
                    + "pooled (Shit et al. 2021)");

    private final int iterations;
    private final double smooth;

    public SoftClDice(int iterations, double smooth) {
        this.iterations = iterations;
        this.smooth = smooth;
    }

    private static LossSpec spec(Mode mode, String reference) {
        LossSpec.Builder b = LossSpec.builder("soft_cldice", mode, Family.TOPOLOGY)
                .title("Soft clDice")
                .summary("1 − harmonic mean of topology precision (how much of the predicted soft skeleton lies in "
                        + "the GT) and topology sensitivity (how much of the GT's skeleton the prediction covers): a "
                        + "break in a thin structure costs as much as its share of the skeleton, not of the area.")
                .reference(reference)
                .gradientNote("The GT's soft skeleton is a constant; the gradient flows through the predicted soft "
                        + "skeleton along the pixels its min/max pooling selected, so most pixels get gradient only "
                        + "through topology sensitivity.")
                .param(iterationsParam())
                .param(ParamSpec.real("smooth", 1.0, 1e-5, 10.0, ParamRole.NONE,
                        "added to numerator and denominator of topology precision and sensitivity"))
                .factory(p -> new SoftClDice(p.whole("iter_"), p.real("smooth")));
        if (mode == Mode.BINARY) {
            b.softTargets();
        }
        return b.build();
    }

    /** MONAI's iter_: the number of erosions in the soft skeleton. */
    static ParamSpec iterationsParam() {
        return ParamSpec.whole("iter_", 3, 0, 20, ParamRole.NONE,
                "erosions of the soft skeleton (a whole number): it finds structures up to about 2·iter_ + 1 pixels thick");
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        return SkeletonOverlap.clDiceAlone(input, iterations, smooth, scale, gradient);
    }
}
