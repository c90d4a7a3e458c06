package org.losslens.core.loss.compound;

import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.WeightedSum;
import org.losslens.core.loss.distribution.BinaryCrossEntropy;
import org.losslens.core.loss.distribution.CrossEntropy;
import org.losslens.core.loss.param.CommonParams;
import org.losslens.core.loss.region.Dice;

/**
 * Dice + cross-entropy, as MONAI's DiceCELoss: λ_dice·Dice + λ_ce·CE. The binary CE term is
 * BCEWithLogits; the multiclass CE term is softmax cross-entropy over ALL classes, whatever
 * include_background says (that flag only affects the Dice term).
 */
public final class DiceCrossEntropy {

    public static final LossSpec BINARY = LossSpec.builder("dice_ce", Mode.BINARY, Family.COMPOUND)
            .title("Dice + cross-entropy")
            .summary("Sum of Dice loss and binary cross-entropy: the CE term gives smooth per-pixel gradients, the "
                    + "Dice term keeps a small object from being outvoted.")
            .reference("Isensee et al. 2021 (nnU-Net); MONAI DiceCELoss(sigmoid=True)")
            .softTargets()
            .param(CommonParams.termWeight("lambda_dice", "Dice"))
            .param(CommonParams.termWeight("lambda_ce", "cross-entropy"))
            .param(CommonParams.smoothNr(1e-5, CommonParams.UNBOUNDED))
            .param(CommonParams.smoothDr(1e-5, CommonParams.UNBOUNDED))
            .factory(p -> WeightedSum.of(
                    p.real("lambda_dice"), new Dice(p.real("smooth_nr"), p.real("smooth_dr"), false, false, true),
                    p.real("lambda_ce"), new BinaryCrossEntropy(1, 1)))
            .build();

    public static final LossSpec MULTICLASS = LossSpec.builder("dice_ce", Mode.MULTICLASS, Family.COMPOUND)
            .title("Dice + cross-entropy")
            .summary("Sum of the multiclass Dice loss and softmax cross-entropy (over all classes).")
            .reference("Isensee et al. 2021 (nnU-Net); MONAI DiceCELoss(softmax=True, to_onehot_y=True)")
            .param(CommonParams.includeBackground())
            .param(CommonParams.termWeight("lambda_dice", "Dice"))
            .param(CommonParams.termWeight("lambda_ce", "cross-entropy"))
            .param(CommonParams.smoothNr(1e-5, CommonParams.UNBOUNDED))
            .param(CommonParams.smoothDr(1e-5, CommonParams.UNBOUNDED))
            .factory(p -> WeightedSum.of(
                    p.real("lambda_dice"), new Dice(p.real("smooth_nr"), p.real("smooth_dr"), false, false,
                            p.flag("include_background")),
                    p.real("lambda_ce"), new CrossEntropy(null)))
            .build();

    private DiceCrossEntropy() {
    }
}
