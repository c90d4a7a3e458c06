package org.losslens.core.loss.compound;

import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.WeightedSum;
import org.losslens.core.loss.distribution.AsymmetricFocal;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;
import org.losslens.core.loss.region.AsymmetricFocalTversky;

/**
 * Asymmetric unified focal loss (Yeung et al., CMIG 2022, eq. 17), as MONAI's
 * {@code AsymmetricUnifiedFocalLoss}: λ·AF + (1 − λ)·AFT with the SAME γ and δ in both terms and ε
 * fixed at 1e-7 ({@link AsymmetricFocal}, {@link AsymmetricFocalTversky}), on [1 − σ(x), σ(x)] — MONAI's
 * docstring promises a sigmoid its code does not apply, so the reference feeds it probabilities.
 * MONAI also refuses a target whose maximum is not 1 (a soft target with no t exactly 0 or 1);
 * LossLens computes the same formula for such a target instead of refusing it.
 */
public final class AsymmetricUnifiedFocal {

    /** MONAI builds both terms with their default ε. */
    private static final double EPSILON = 1e-7;

    public static final LossSpec SPEC = LossSpec.builder("asymmetric_unified_focal", Mode.BINARY, Family.COMPOUND)
            .title("Asymmetric unified focal loss")
            .summary("λ·asymmetric focal + (1 − λ)·asymmetric focal Tversky with shared δ and γ: a pixel-wise and a "
                    + "region-wise term that both favour the rare foreground. Special cases: λ = 1 is asymmetric focal, "
                    + "λ = 0 asymmetric focal Tversky.")
            .reference("Yeung et al. 2022 (Unified Focal loss, CMIG), eq. 17; MONAI AsymmetricUnifiedFocalLoss on "
                    + "[1 − σ(x), σ(x)] vs [1 − t, t] (MONAI applies no activation itself)")
            .gradientNote("Both terms clamp 1 − σ(x) and σ(x) to [1e-7, 1 − 1e-7]: a clamped entry gets no gradient.")
            .softTargets()
            .param(ParamSpec.real("weight", 0.5, 0, 1, ParamRole.ALPHA,
                    "λ: weight of the asymmetric focal (pixel) term; the focal Tversky (region) term gets 1 − λ"))
            .param(ParamSpec.real("gamma", 0.5, 0, 0.99, ParamRole.GAMMA,
                    "shared focal exponent: suppresses easy background in the focal term, enhances the foreground "
                            + "in the Tversky term"))
            .param(AsymmetricFocal.delta())
            .factory(p -> WeightedSum.of(
                    p.real("weight"), new AsymmetricFocal(p.real("delta"), p.real("gamma"), EPSILON),
                    1 - p.real("weight"), new AsymmetricFocalTversky(p.real("delta"), p.real("gamma"), EPSILON)))
            .build();

    private AsymmetricUnifiedFocal() {
    }
}
