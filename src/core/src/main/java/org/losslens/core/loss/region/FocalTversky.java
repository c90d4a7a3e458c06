package org.losslens.core.loss.region;

import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.ScalarTransform;
import org.losslens.core.loss.param.CommonParams;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Focal Tversky loss (Abraham &amp; Khan 2019, eq. 4): (Tversky loss)^γ with MONAI's Tversky loss.
 * ∂/∂x = γ·L_T^(γ−1)·∂L_T/∂x. For γ &lt; 1 this slope is unbounded as L_T → 0 (the authors' point:
 * it keeps pushing nearly-correct predictions); at L_T ≤ 0 exactly (a perfect prediction, or
 * smooth_nr &gt; smooth_dr) the value is 0 and the gradient 0, instead of ∞·0 or a NaN power.
 */
public final class FocalTversky {

    public static final LossSpec SPEC = LossSpec.builder("focal_tversky", Mode.BINARY, Family.REGION)
            .title("Focal Tversky loss")
            .summary("The Tversky loss raised to γ. With γ < 1 (the authors use 0.75) the loss stays steep near a "
                    + "good prediction, focusing training on hard, small regions.")
            .reference("Abraham & Khan 2019; MONAI TverskyLoss(sigmoid=True) ** gamma")
            // Issue 17: the value, not the gradient, loses digits near saturation; the reference's definition is
            // kept (the cases pass at 1e-7), and the note tells the student why curve and gradient disagree.
            .gradientNote("Near saturation (a nearly perfect overlap, logits beyond about ±20) the Tversky loss 1 − "
                    + "TI is a difference of two numbers close to 1 and keeps only a few digits, as in the "
                    + "reference (MONAI); γ < 1 magnifies the error. One foreground pixel at logit 30 (α = 0, β "
                    + "= 1, γ = 0.1): value 0.0497820 where exact arithmetic gives 0.0497870, and from logit 30 "
                    + "to 30.001 the value does not move while the gradient, which is exact, says −0.00498. So "
                    + "there the curve looks flat and the gradient disagrees with it: the curve is wrong, not "
                    + "the gradient.")
            .softTargets()
            .param(CommonParams.tverskyAlpha())
            .param(CommonParams.tverskyBeta())
            .param(ParamSpec.real("gamma", 0.75, 0.1, 5.0, ParamRole.GAMMA,
                    "exponent on the Tversky loss; < 1 sharpens the loss near a perfect overlap"))
            .param(CommonParams.smoothNr(1e-5, CommonParams.UNBOUNDED))
            .param(CommonParams.smoothDr(1e-5, CommonParams.UNBOUNDED))
            .factory(p -> {
                double gamma = p.real("gamma");
                return new ScalarTransform(Tversky.fromParams(p, true),
                        loss -> loss > 0 ? Math.pow(loss, gamma) : 0,
                        loss -> loss > 0 ? gamma * Math.pow(loss, gamma - 1) : 0);
            })
            .build();

    private FocalTversky() {
    }
}
