package org.losslens.core.loss.distribution;

import org.losslens.core.activation.ClampedPair;
import org.losslens.core.activation.Elementwise;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Asymmetric focal loss (Yeung et al., "Unified Focal loss: Generalising Dice and cross entropy-based
 * losses to handle class imbalanced medical image segmentation", CMIG 2022, eq. 15), as MONAI's
 * {@code AsymmetricFocalLoss} on the clamped pair [P0, P1] = clamp([1 − σ(x), σ(x)], ε, 1 − ε)
 * ({@link ClampedPair}) against [1 − t, t]:
 * <pre>
 *   L = mean_i( (1 − δ)·(1 − P0)^γ·(−T0·ln P0) + δ·(−T1·ln P1) )
 * </pre>
 * The focal factor suppresses only the background (rare-class foreground keeps its full CE).
 * ∂/∂P0 = (1 − δ)·T0·(γ(1 − P0)^(γ−1)·ln P0 − (1 − P0)^γ/P0), ∂/∂P1 = −δ·T1/P1.
 */
public final class AsymmetricFocal implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("asymmetric_focal", Mode.BINARY, Family.DISTRIBUTION)
            .title("Asymmetric focal loss")
            .summary("Cross-entropy with focal suppression (1 − p)^γ on the background only and weight δ on the "
                    + "foreground: easy background pixels fade, the rare foreground keeps its full push.")
            .reference("Yeung et al. 2022 (Unified Focal loss, CMIG), eq. 15; MONAI AsymmetricFocalLoss on "
                    + "[1 − σ(x), σ(x)] vs [1 − t, t]")
            .gradientNote("MONAI clamps 1 − σ(x) and σ(x) to [ε, 1 − ε] separately: a pixel whose probability is "
                    + "clamped gets no gradient from that channel, so confident pixels stop moving.")
            .softTargets()
            .param(delta())
            .param(ParamSpec.real("gamma", 2.0, 0, 5, ParamRole.GAMMA,
                    "focusing exponent on the BACKGROUND term only: (1 − P0)^γ fades easy background pixels; γ = 0 is "
                            + "δ-weighted cross-entropy (MONAI's code default is 2, its docstring says 0.75)"))
            .param(epsilon())
            .factory(p -> new AsymmetricFocal(p.real("delta"), p.real("gamma"), p.real("epsilon")))
            .build();

    private final double delta;
    private final double gamma;
    private final double epsilon;

    public AsymmetricFocal(double delta, double gamma, double epsilon) {
        this.delta = delta;
        this.gamma = gamma;
        this.epsilon = epsilon;
    }

    /** The unified focal family's δ. */
    public static ParamSpec delta() {
        return ParamSpec.real("delta", 0.7, 0, 1, ParamRole.BETA,
                "weight of the FOREGROUND: the foreground CE term / the false negatives get δ, the background / the "
                        + "false positives 1 − δ");
    }

    /** The unified focal family's clamping bound ε. */
    public static ParamSpec epsilon() {
        return ParamSpec.real("epsilon", 1e-7, 1e-12, 1e-3, ParamRole.NONE,
                "probabilities are clamped to [ε, 1 − ε] (clamped pixels get no gradient); also smooths the Tversky index");
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        ClampedPair pair = ClampedPair.of(input.activations(), epsilon);
        int n = input.pixels();
        double step = scale / n;
        double sum = 0;
        // ln P0 and ln P1 are the shared pair's (computed once per prediction); the powers of a tile are
        // computed together (Elementwise: SIMD where it can), (1 − P0)^γ as exp(γ·ln(1 − P0)); 1 − P0 ≥ ε > 0,
        // so both forms are finite
        double[] logP0 = pair.logBackground();
        double[] logP1 = pair.logForeground();
        double[] focal = new double[Elementwise.TILE];
        double[] dFocal = new double[Elementwise.TILE];
        for (int start = 0; start < n; start += Elementwise.TILE) {
            int length = Math.min(Elementwise.TILE, n - start);
            for (int j = 0; j < length; j++) {
                focal[j] = 1 - pair.background(start + j);
            }
            Elementwise.log(focal, 0, length);
            for (int j = 0; j < length; j++) {
                double logU = focal[j];
                focal[j] = gamma * logU;
                dFocal[j] = (gamma - 1) * logU;
            }
            Elementwise.exp(focal, 0, length);
            Elementwise.exp(dFocal, 0, length);
            for (int j = 0; j < length; j++) {
                int i = start + j;
                double t1 = targetValues[i];
                double t0 = 1 - t1;
                double p0 = pair.background(i);
                sum += (1 - delta) * focal[j] * (-t0 * logP0[i]) + delta * (-t1 * logP1[i]);
                double dF = gamma == 0 ? 0 : gamma * dFocal[j];
                double dBackground = (1 - delta) * t0 * (dF * logP0[i] - focal[j] / p0);
                double dForeground = -delta * t1 / pair.foreground(i);
                gradient[i] += step * pair.logitDerivative(i, dBackground, dForeground);
            }
        }
        return sum / n;
    }
}
