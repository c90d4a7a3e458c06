package org.losslens.core.loss.compound;

import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.WeightedSum;
import org.losslens.core.loss.distribution.BinaryCrossEntropy;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;
import org.losslens.core.loss.region.Dice;

/**
 * Combo loss (Taghanaki et al. 2019, eq. 3, as written in the paper):
 * L = α·L_mbce − (1 − α)·DSC, with L_mbce = −mean(β·t·ln p + (1 − β)(1 − t)·ln(1 − p)) and
 * DSC = (2Σpt + smooth)/(Σp + Σt + smooth). Since DSC = 1 − DiceLoss(smooth, smooth), this is
 * α·BalancedCE(β) + (1 − α)·DiceLoss − (1 − α); it can be negative.
 */
public final class Combo {

    public static final LossSpec SPEC = LossSpec.builder("combo", Mode.BINARY, Family.COMPOUND)
            .title("Combo loss")
            .summary("α times a β-weighted cross-entropy minus (1 − α) times the Dice coefficient: β trades false "
                    + "negatives against false positives inside the CE term. Its minimum is below 0.")
            .reference("Taghanaki et al. 2019, 'Combo loss: handling input and output imbalance', eq. 3")
            .softTargets()
            .param(ParamSpec.real("alpha", 0.5, 0, 1, ParamRole.ALPHA,
                    "weight of the cross-entropy term; the Dice term gets 1 − α"))
            .param(ParamSpec.real("beta", 0.5, 0, 1, ParamRole.BETA,
                    "inside the CE term: weight of FOREGROUND pixels (β > 0.5 punishes false negatives more)"))
            .param(ParamSpec.real("smooth", 1.0, 0, 10, ParamRole.NONE,
                    "added to numerator and denominator of the Dice coefficient"))
            .factory(p -> {
                double alpha = p.real("alpha");
                double beta = p.real("beta");
                double smooth = p.real("smooth");
                return WeightedSum.of(alpha, new BinaryCrossEntropy(beta, 1 - beta),
                        1 - alpha, new Dice(smooth, smooth, false, false, true)).plus(-(1 - alpha));
            })
            .build();

    private Combo() {
    }
}
