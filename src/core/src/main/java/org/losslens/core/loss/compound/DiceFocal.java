package org.losslens.core.loss.compound;

import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.WeightedSum;
import org.losslens.core.loss.distribution.SigmoidFocal;
import org.losslens.core.loss.param.CommonParams;
import org.losslens.core.loss.region.Dice;

/** Dice + focal, as MONAI's DiceFocalLoss(sigmoid=True): λ_dice·Dice + λ_focal·(sigmoid focal with α). */
public final class DiceFocal {

    public static final LossSpec SPEC = LossSpec.builder("dice_focal", Mode.BINARY, Family.COMPOUND)
            .title("Dice + focal")
            .summary("Sum of Dice loss and focal loss: region-level balance from Dice, emphasis on hard pixels "
                    + "from focal.")
            .reference("Zhu et al. 2019 (AnatomyNet); MONAI DiceFocalLoss(sigmoid=True)")
            .softTargets()
            .param(CommonParams.focalGamma())
            .param(CommonParams.focalAlpha())
            .param(CommonParams.termWeight("lambda_dice", "Dice"))
            .param(CommonParams.termWeight("lambda_focal", "focal"))
            .param(CommonParams.smoothNr(1e-5, CommonParams.UNBOUNDED))
            .param(CommonParams.smoothDr(1e-5, CommonParams.UNBOUNDED))
            .factory(p -> WeightedSum.of(
                    p.real("lambda_dice"), new Dice(p.real("smooth_nr"), p.real("smooth_dr"), false, false, true),
                    p.real("lambda_focal"), new SigmoidFocal(p.real("gamma"), p.real("alpha"), 0)))
            .build();

    private DiceFocal() {
    }
}
