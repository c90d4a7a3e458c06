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
