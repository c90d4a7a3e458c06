package org.losslens.core.loss.region;

import org.losslens.core.activation.Activations;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Sensitivity–specificity loss (Brosch et al. 2015, eq. 2) as SegLossOdyssey's SSLoss:
 * <pre>
 *   L = r·Σ(t − p)²t / (Σt + smooth) + (1 − r)·Σ(t − p)²(1 − t) / (Σ(1 − t) + smooth)
 * </pre>
 * (the first term is the squared error on foreground pixels — the sensitivity part; the second on
 * background pixels — the specificity part). A term whose denominator is 0 (no such pixels and
 * smooth = 0) is 0.
 */
public final class SensitivitySpecificity implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("sensitivity_specificity", Mode.BINARY, Family.REGION)
            .title("Sensitivity–specificity loss")
            .summary("Weighted sum of the mean squared error over foreground pixels and over background pixels; "
                    + "r sets how much missed foreground counts against false alarms.")
            .reference("Brosch et al. 2015; SegLossOdyssey SSLoss")
            .softTargets()
            .param(ParamSpec.real("r", 0.05, 0, 1, ParamRole.NONE,
                    "weight of the FOREGROUND error term (Brosch's λ); background gets 1 − r"))
            .param(ParamSpec.real("smooth", 1.0, 0, 10, ParamRole.NONE,
                    "added to both pixel counts in the denominators"))
            .factory(p -> new SensitivitySpecificity(p.real("r"), p.real("smooth")))
            .build();

    private final double r;
    private final double smooth;

    public SensitivitySpecificity(double r, double smooth) {
        this.r = r;
        this.smooth = smooth;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        int n = input.pixels();
        double foreground = t.classSum(0);
        double foregroundDenominator = foreground + smooth;
        double backgroundDenominator = (n - foreground) + smooth;
        double foregroundWeight = foregroundDenominator == 0 ? 0 : r / foregroundDenominator;
        double backgroundWeight = backgroundDenominator == 0 ? 0 : (1 - r) / backgroundDenominator;
        double value = 0;
        for (int i = 0; i < n; i++) {
            double ti = targetValues[i];
            double error = ti - a.probability(i);
            double weight = foregroundWeight * ti + backgroundWeight * (1 - ti);
            value += weight * error * error;
            // ∂/∂p (t − p)² = −2(t − p); ∂p/∂x = p(1 − p)
            gradient[i] += scale * weight * -2 * error * a.probability(i) * a.complement(i);
        }
        return value;
    }
}
