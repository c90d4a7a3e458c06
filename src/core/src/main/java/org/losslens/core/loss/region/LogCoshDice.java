package org.losslens.core.loss.region;

import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.ScalarTransform;
import org.losslens.core.loss.param.CommonParams;

/**
 * Log-cosh Dice loss (Jadon 2020, eq. 19): ln cosh(L_Dice) with MONAI's Dice loss and
 * smooth_nr = smooth_dr = smooth; ∂/∂x = tanh(L_Dice)·∂L_Dice/∂x. ln cosh is evaluated as
 * |L| + ln((1 + e^(−2|L|))/2), which never overflows.
 */
public final class LogCoshDice {

    public static final LossSpec SPEC = LossSpec.builder("log_cosh_dice", Mode.BINARY, Family.REGION)
            .title("Log-cosh Dice loss")
            .summary("ln cosh of the Dice loss: behaves like L²/2 near 0 and like |L| far away, which smooths the "
                    + "Dice loss's curvature.")
            .reference("Jadon 2020, 'A survey of loss functions for semantic segmentation'")
            .softTargets()
            .param(CommonParams.smooth(1.0))
            .factory(p -> {
                double smooth = p.real("smooth");
                return new ScalarTransform(new Dice(smooth, smooth, false, false, true),
                        LogCoshDice::logCosh, Math::tanh);
            })
            .build();

    private LogCoshDice() {
    }

    static double logCosh(double x) {
        double a = Math.abs(x);
        return a + Math.log1p(Math.exp(-2 * a)) - Math.log(2);
    }
}
