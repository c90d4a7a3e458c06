package org.losslens.core.loss.boundary;

import java.util.function.Function;
import org.losslens.core.activation.Activations;
import org.losslens.core.geometry.Contour;
import org.losslens.core.geometry.DistanceTransform;
import org.losslens.core.geometry.Mask;
import org.losslens.core.geometry.PixelMap;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.distribution.BinaryCrossEntropy;

/**
 * Shape-aware loss, in the LossLens convention (the survey form of Jadon 2020, "A survey of loss
 * functions for semantic segmentation", after Hayder et al. 2017, has no public implementation):
 * <pre>
 *   L = (1 + E) · mean_i BCE_i,   E = mean over predicted-contour pixels of the distance to the nearest GT-contour pixel
 * </pre>
 * Contours are 4-neighbour inner contours ({@link Contour}) of the GT and of the thresholded
 * prediction p > 0.5; E = 0 if either contour is empty (empty or full mask). E is a constant, so
 * ∂L/∂x_i = (1 + E)(σ(x_i) − t_i)/N. BCE uses the log-sigmoid forms.
 */
public final class ShapeAware implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("shape_aware", Mode.BINARY, Family.BOUNDARY)
            .title("Shape-aware loss")
            .summary("Cross-entropy scaled by 1 + E, E the mean distance from the predicted contour to the GT "
                    + "contour: the worse the predicted shape, the louder every pixel's cross-entropy.")
            .reference("LossLens convention after Jadon 2020 (survey, shape-aware loss) and Hayder et al. 2017")
            .gradientNote("E, computed from the contour of the thresholded prediction p > 0.5 and the distance map "
                    + "of the GT contour, is a constant: ∂L/∂x_i = (1 + E)(p_i − t_i)/N. E jumps when a logit "
                    + "crosses 0, where the loss is not differentiable.")
            .usesGtDistance()
            .thresholdsPrediction()
            .factory(p -> new ShapeAware())
            .build();

    /** The GT's contour and the distance of every pixel to it (+∞ everywhere if the contour is empty). */
    private record TargetContour(Mask contour, PixelMap distance) {
    }

    private static final Function<Target, TargetContour> TARGET_CONTOUR = t -> {
        Mask contour = Contour.of(Mask.of(t.height(), t.width(), i -> t.oneHot(i) > 0.5));
        return new TargetContour(contour, DistanceTransform.toNearest(contour));
    };

    /** The 4-neighbour contour of the thresholded prediction p > 0.5, computed once per prediction. */
    private static final Function<Activations, Mask> PREDICTED_CONTOUR =
            a -> Contour.of(PredictedMask.of(a));

    /** The GT's 4-neighbour contour, computed once per target. */
    public static Mask targetContour(Target target) {
        return target.derived(TARGET_CONTOUR).contour();
    }

    /** The distance of every pixel to the GT contour (+∞ if it is empty), computed once per target. */
    public static PixelMap distanceToTargetContour(Target target) {
        return target.derived(TARGET_CONTOUR).distance();
    }

    /** E: the mean distance from the contour of p > 0.5 to the GT contour; 0 if either is empty. */
    public static double contourDistance(Activations a, Target target) {
        TargetContour gt = target.derived(TARGET_CONTOUR);
        Mask predicted = a.derived(PREDICTED_CONTOUR);
        if (gt.contour().isEmpty() || predicted.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < predicted.pixels(); i++) {
            if (predicted.contains(i)) {
                sum += gt.distance().get(i);
            }
        }
        return sum / predicted.count();
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        double factor = 1 + contourDistance(a, t);
        int n = input.pixels();
        double step = scale * factor / n;
        double sum = 0;
        double[] logP = a.logProbabilityValues();
        double[] logQ = a.logComplementValues();
        for (int i = 0; i < n; i++) {
            double ti = targetValues[i];
            sum += BinaryCrossEntropy.perPixel(targetValues, logP, logQ, i);
            gradient[i] += step * ((1 - ti) * a.probability(i) - ti * a.complement(i));
        }
        return factor * sum / n;
    }
}
