package org.losslens.core.loss.compound;

import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.WeightedSum;
import org.losslens.core.loss.distribution.SigmoidFocal;
import org.losslens.core.loss.param.CommonParams;
import org.losslens.core.loss.region.GeneralizedDice;

/**
 * Generalised Dice + focal, as MONAI's GeneralizedDiceFocalLoss(softmax=True, to_onehot_y=True):
 * λ_gdl·GDL(softmax) + λ_focal·Focal, where — a MONAI quirk worth showing — the focal term is the
 * SIGMOID focal loss on each channel's raw logit against the one-hot target (no α), not a softmax focal.
 */
public final class GeneralizedDiceFocal {

    public static final LossSpec SPEC = LossSpec.builder("generalized_dice_focal", Mode.MULTICLASS, Family.COMPOUND)
            .title("Generalised Dice + focal")
            .summary("Generalised Dice on softmax probabilities plus a per-channel sigmoid focal term on the raw "
                    + "logits (MONAI's definition).")
            .reference("MONAI GeneralizedDiceFocalLoss(softmax=True, to_onehot_y=True)")
            .gradientNote("the generalised-Dice class weights come from the ground truth only and are constants")
            .param(CommonParams.includeBackground())
            .param(GeneralizedDice.W_TYPE)
            .param(CommonParams.focalGamma())
            .param(CommonParams.termWeight("lambda_gdl", "generalised Dice"))
            .param(CommonParams.termWeight("lambda_focal", "focal"))
            .param(CommonParams.smoothNr(1e-5, CommonParams.UNBOUNDED))
            .param(CommonParams.smoothDr(1e-5, CommonParams.UNBOUNDED))
            .factory(p -> WeightedSum.of(
                    p.real("lambda_gdl"), new GeneralizedDice(
                            GeneralizedDice.WeightType.fromId(p.choice("w_type")),
                            p.real("smooth_nr"), p.real("smooth_dr"), p.flag("include_background")),
                    p.real("lambda_focal"), new SigmoidFocal(p.real("gamma"), null,
                            p.flag("include_background") ? 0 : 1)))
            .build();

    private GeneralizedDiceFocal() {
    }
}
