package org.losslens.core.loss.boundary;

import java.util.function.Function;
import org.losslens.core.activation.Activations;
import org.losslens.core.geometry.DistanceTransform;
import org.losslens.core.geometry.Mask;
import org.losslens.core.geometry.PixelMap;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Hausdorff distance-transform loss (Karimi & Salcudean, "Reducing the Hausdorff distance in medical
 * image segmentation with convolutional neural networks", IEEE TMI 2020, eq. 8), as MONAI's
 * HausdorffDTLoss(sigmoid=True):
 * <pre>
 *   L = mean_i( (p_i − t_i)² · (d_p,i^α + d_t,i^α) )
 * </pre>
 * where d_m = EDT(m) + EDT(not m) is the distance of each pixel to the other side of the mask m's
 * boundary ({@link DistanceTransform#acrossBoundary}), 0 for an empty or a full mask; d_t is of the
 * GT and d_p of the thresholded prediction p > 0.5. Both fields are constants (MONAI detaches them),
 * so ∂L/∂x_i = 2(p_i − t_i)(d_p,i^α + d_t,i^α)·p_i(1 − p_i)/N.
 */
public final class HausdorffDistanceTransform implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("hausdorff_dt", Mode.BINARY, Family.BOUNDARY)
            .title("Hausdorff distance-transform loss")
            .summary("Squared error weighted by the distance maps of the GT and of the thresholded prediction, "
                    + "a differentiable stand-in for the Hausdorff distance: errors far from either boundary cost most.")
            .reference("Karimi & Salcudean 2020 (IEEE TMI), eq. 8; MONAI HausdorffDTLoss(sigmoid=True)")
            .gradientNote("The distance fields d_t (of the GT) and d_p (of the thresholded prediction p > 0.5) are "
                    + "constants: ∂L/∂x_i = 2(p_i − t_i)(d_p,i^α + d_t,i^α)·p_i(1 − p_i)/N. d_p jumps when a logit "
                    + "crosses 0, where the loss is not differentiable.")
            .usesGtDistance()
            .thresholdsPrediction()
            .param(ParamSpec.real("alpha", 2.0, 0.5, 4.0, ParamRole.ALPHA,
                    "exponent on the distance maps: larger α weights far-off errors more"))
            .factory(p -> new HausdorffDistanceTransform(p.real("alpha")))
            .build();

    private static final Function<Target, PixelMap> TARGET_FIELD =
            t -> field(Mask.above(t.height(), t.width(), t.oneHotValues(), 0, 0.5));

    /** d_p of the thresholded prediction p > 0.5, computed once per prediction (a parameter move reuses it). */
    private static final Function<Activations, PixelMap> PREDICTION_FIELD =
            a -> field(PredictedMask.of(a));

    private final double alpha;

    public HausdorffDistanceTransform(double alpha) {
        this.alpha = alpha;
    }

    /** d_t, the GT's distance field, computed once per target. */
    public static PixelMap targetField(Target target) {
        return target.derived(TARGET_FIELD);
    }

    /** d_p of the thresholded binary prediction p > 0.5, computed once per prediction. */
    static PixelMap predictionField(Activations a) {
        return a.derived(PREDICTION_FIELD);
    }

    /** d_m = EDT(m) + EDT(not m); 0 for an empty or full mask. */
    static PixelMap field(Mask m) {
        if (m.isEmpty() || m.isFull()) {
            return PixelMap.zeros(m.height(), m.width());
        }
        return DistanceTransform.acrossBoundary(m);
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        PixelMap targetField = targetField(t);
        PixelMap predictionField = predictionField(a);
        int n = input.pixels();
        double step = scale / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double ti = targetValues[i];
            double p = a.probability(i);
            double error = ti == 1 ? -a.complement(i) : p - ti;
            double weight = power(predictionField.get(i), alpha) + power(targetField.get(i), alpha);
            sum += error * error * weight;
            gradient[i] += step * 2 * error * weight * p * a.complement(i);
        }
        return sum / n;
    }

    /** d^α, with the default α = 2 and α = 1 as products (exactly Math.pow's value for them). */
    static double power(double d, double alpha) {
        if (alpha == 2) {
            return d * d;
        }
        return alpha == 1 ? d : Math.pow(d, alpha);
    }
}
