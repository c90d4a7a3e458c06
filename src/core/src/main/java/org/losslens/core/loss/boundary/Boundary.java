package org.losslens.core.loss.boundary;

import java.util.function.Function;
import org.losslens.core.activation.Activations;
import org.losslens.core.geometry.Mask;
import org.losslens.core.geometry.PixelMap;
import org.losslens.core.geometry.SignedDistance;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;

/**
 * Boundary loss (Kervadec et al., "Boundary loss for highly unbalanced segmentation", MIDL 2019,
 * eq. 5; MedIA 2021): L = mean_i( σ(x_i)·φ_i ), with φ the signed distance map of the ground truth
 * ({@link SignedDistance}: +EDT to the GT outside it, −(EDT to the background − 1) inside it, 0 for
 * an empty or full GT), as LIVIAETS/boundary-loss's {@code one_hot2dist} and {@code SurfaceLoss}.
 * φ is a constant, so ∂L/∂x_i = φ_i·σ(x_i)(1 − σ(x_i))/N. The value may be negative.
 */
public final class Boundary implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("boundary", Mode.BINARY, Family.BOUNDARY)
            .title("Boundary loss")
            .summary("Mean of p times the GT's signed distance map: probability mass outside the GT costs its "
                    + "distance to the GT, mass deep inside it pays. Negative when the prediction sits well inside.")
            .reference("Kervadec et al. 2019, 'Boundary loss for highly unbalanced segmentation', eq. 5; "
                    + "LIVIAETS/boundary-loss one_hot2dist + SurfaceLoss")
            .gradientNote("The signed distance map φ of the ground truth is a constant: ∂L/∂x_i = φ_i·p_i(1 − p_i)/N.")
            .usesGtDistance()
            .factory(p -> new Boundary())
            .build();

    private static final Function<Target, PixelMap> SIGNED_DISTANCE =
            t -> SignedDistance.of(Mask.of(t.height(), t.width(), i -> t.oneHot(i) > 0.5));

    /** The GT's signed distance map φ, computed once per target. */
    public static PixelMap signedDistance(Target target) {
        return target.derived(SIGNED_DISTANCE);
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        PixelMap phi = signedDistance(input.target());
        int n = input.pixels();
        double step = scale / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double p = a.probability(i);
            double f = phi.get(i);
            sum += p * f;
            gradient[i] += step * f * p * a.complement(i);
        }
        return sum / n;
    }
}
