package org.losslens.core.loss.distribution;

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

/**
 * Distance-map-penalised cross-entropy (Caliva et al., "Distance map loss penalty term for semantic
 * segmentation", MIDL 2019): L = mean_i( (1 + φ_i)·BCE_i ), with the penalty map φ of SegLossOdyssey's
 * {@code compute_edts_forPenalizedLoss}: in each region R of the GT (foreground, background), with
 * d = EDT(R) the distance of a pixel of R to the nearest pixel outside R,
 * <pre>
 *   φ = (max_R d − d) / (max_R d − 1)   on R    (1 next to the boundary, 0 deepest inside R)
 * </pre>
 * φ = 1 on R if max_R d = 1 (R is all boundary), and φ = 0 everywhere for an empty or full GT.
 * φ is a constant, so ∂L/∂x_i = (1 + φ_i)(σ(x_i) − t_i)/N. BCE uses the log-sigmoid forms.
 *
 * <p>SegLossOdyssey's own DisPenalizedCE returns the unweighted cross-entropy (its weighting is lost);
 * this is the loss the paper and that map describe.
 */
public final class DistancePenalisedCrossEntropy implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("distance_penalty_ce", Mode.BINARY, Family.DISTRIBUTION)
            .title("Distance-penalised cross-entropy")
            .summary("Cross-entropy weighted by 1 + φ, where φ rises from 0 deep inside each region (object and "
                    + "background) to 1 at its boundary, so errors near the GT boundary cost up to twice as much.")
            .reference("Caliva et al. 2019 (MIDL), 'Distance map loss penalty term for semantic segmentation'; "
                    + "SegLossOdyssey compute_edts_forPenalizedLoss")
            .gradientNote("The penalty map φ, from the ground truth's distance maps, is a constant: "
                    + "∂L/∂x_i = (1 + φ_i)(p_i − t_i)/N.")
            .usesGtDistance()
            .factory(p -> new DistancePenalisedCrossEntropy())
            .build();

    private static final Function<Target, PixelMap> PENALTY =
            t -> penaltyMap(Mask.of(t.height(), t.width(), i -> t.oneHot(i) > 0.5));

    /** The GT's penalty map φ, computed once per target. */
    public static PixelMap penalty(Target target) {
        return target.derived(PENALTY);
    }

    /** φ of a GT mask (see the class comment). */
    static PixelMap penaltyMap(Mask g) {
        if (g.isEmpty() || g.isFull()) {
            return PixelMap.zeros(g.height(), g.width());
        }
        // On each region R, acrossBoundary is EDT(R): the distance to the nearest pixel outside R.
        PixelMap d = DistanceTransform.acrossBoundary(g);
        double maxInside = 0;
        double maxOutside = 0;
        for (int i = 0; i < g.pixels(); i++) {
            if (g.contains(i)) {
                maxInside = Math.max(maxInside, d.get(i));
            } else {
                maxOutside = Math.max(maxOutside, d.get(i));
            }
        }
        double[] phi = new double[g.pixels()];
        for (int i = 0; i < phi.length; i++) {
            double max = g.contains(i) ? maxInside : maxOutside;
            phi[i] = max == 1 ? 1 : (max - d.get(i)) / (max - 1);
        }
        return PixelMap.of(g.height(), g.width(), phi);
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        PixelMap phi = penalty(t);
        int n = input.pixels();
        double step = scale / n;
        double sum = 0;
        double[] logP = a.logProbabilityValues();
        double[] logQ = a.logComplementValues();
        for (int i = 0; i < n; i++) {
            double ti = targetValues[i];
            double weight = 1 + phi.get(i);
            sum += weight * BinaryCrossEntropy.perPixel(targetValues, logP, logQ, i);
            gradient[i] += step * weight * ((1 - ti) * a.probability(i) - ti * a.complement(i));
        }
        return sum / n;
    }
}
