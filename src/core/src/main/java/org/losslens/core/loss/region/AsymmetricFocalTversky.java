package org.losslens.core.loss.region;

import org.losslens.core.activation.ClampedPair;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.distribution.AsymmetricFocal;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Asymmetric focal Tversky loss (Yeung et al., CMIG 2022, eqs. 12 and 16), as MONAI's
 * {@code AsymmetricFocalTverskyLoss} on the clamped pair [P0, P1] = clamp([1 − σ(x), σ(x)], ε, 1 − ε)
 * against [T0, T1] = [1 − t, t]. Per channel c ∈ {0, 1}:
 * <pre>
 *   TP_c = Σ T_c·P_c,  FN_c = Σ T_c·(1 − P_c),  FP_c = Σ (1 − T_c)·P_c
 *   mTI_c = (TP_c + ε) / (TP_c + δ·FN_c + (1 − δ)·FP_c + ε)
 *   L = ½·( (1 − mTI_0) + (1 − mTI_1)^(1−γ) )        (MONAI: (1 − mTI_1)·(1 − mTI_1)^(−γ))
 * </pre>
 * The focal exponent enhances only the foreground term. With D_c the denominator,
 * ∂mTI_c/∂P_c,i = (T_c,i·D_c − (TP_c + ε)(1 − δ)) / D_c², and ∂L/∂mTI_1 = −½(1 − γ)(1 − mTI_1)^(−γ),
 * which grows without bound as mTI_1 → 1 for γ > 0. Where mTI_1 is exactly 1 (its false terms vanish
 * identically, e.g. δ = 0 on a full GT) the foreground term is 0 with no gradient instead of MONAI's NaN.
 */
public final class AsymmetricFocalTversky implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("asymmetric_focal_tversky", Mode.BINARY, Family.REGION)
            .title("Asymmetric focal Tversky loss")
            .summary("Mean of the background's 1 − Tversky index and the foreground's (1 − Tversky index)^(1 − γ): "
                    + "δ weights false negatives, and the exponent keeps the foreground's push alive as it gets close.")
            .reference("Yeung et al. 2022 (Unified Focal loss, CMIG), eq. 16; MONAI AsymmetricFocalTverskyLoss on "
                    + "[1 − σ(x), σ(x)] vs [1 − t, t]")
            .gradientNote("MONAI clamps 1 − σ(x) and σ(x) to [ε, 1 − ε] separately: a clamped entry gets no gradient. "
                    + "For γ > 0 the foreground term's gradient grows like (1 − mTI)^(−γ) as the overlap becomes perfect.")
            .softTargets()
            .param(AsymmetricFocal.delta())
            .param(gamma())
            .param(AsymmetricFocal.epsilon())
            .factory(p -> new AsymmetricFocalTversky(p.real("delta"), p.real("gamma"), p.real("epsilon")))
            .build();

    private final double delta;
    private final double gamma;
    private final double epsilon;

    public AsymmetricFocalTversky(double delta, double gamma, double epsilon) {
        this.delta = delta;
        this.gamma = gamma;
        this.epsilon = epsilon;
    }

    /** The focal Tversky exponent γ of the unified family, in [0, 1). */
    public static ParamSpec gamma() {
        return ParamSpec.real("gamma", 0.75, 0, 0.99, ParamRole.GAMMA,
                "focal exponent: the foreground term is (1 − mTI)^(1 − γ), which pushes harder as the overlap nears "
                        + "perfect; γ = 0 is plain Tversky");
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        ClampedPair pair = ClampedPair.of(input.activations(), epsilon);
        int n = input.pixels();
        double[] tp = new double[2];
        double[] fn = new double[2];
        double[] fp = new double[2];
        for (int i = 0; i < n; i++) {
            double t1 = targetValues[i];
            double t0 = 1 - t1;
            double p0 = pair.background(i);
            double p1 = pair.foreground(i);
            tp[0] += t0 * p0;
            fn[0] += t0 * (1 - p0);
            fp[0] += (1 - t0) * p0;
            tp[1] += t1 * p1;
            fn[1] += t1 * (1 - p1);
            fp[1] += (1 - t1) * p1;
        }
        double[] index = new double[2];
        double[] denominator = new double[2];
        for (int c = 0; c < 2; c++) {
            denominator[c] = tp[c] + delta * fn[c] + (1 - delta) * fp[c] + epsilon;
            index[c] = (tp[c] + epsilon) / denominator[c];
        }
        double foregroundGap = 1 - index[1];
        // gap 0 only where mTI_1 ≡ 1 whatever the prediction (e.g. δ = 0 on a full GT): MONAI's 0·∞ is NaN,
        // the term is constant 0 there, so it adds 0 and no gradient
        boolean perfect = foregroundGap <= 0;
        double value = 0.5 * ((1 - index[0]) + (perfect ? 0 : foregroundGap * Math.pow(foregroundGap, -gamma)));
        double dIndex0 = -0.5;
        double dIndex1 = perfect ? 0 : -0.5 * (1 - gamma) * Math.pow(foregroundGap, -gamma);
        for (int i = 0; i < n; i++) {
            double t1 = targetValues[i];
            double t0 = 1 - t1;
            double dBackground = dIndex0 * (t0 * denominator[0] - (tp[0] + epsilon) * (1 - delta))
                    / (denominator[0] * denominator[0]);
            double dForeground = dIndex1 * (t1 * denominator[1] - (tp[1] + epsilon) * (1 - delta))
                    / (denominator[1] * denominator[1]);
            gradient[i] += scale * pair.logitDerivative(i, dBackground, dForeground);
        }
        return value;
    }
}
