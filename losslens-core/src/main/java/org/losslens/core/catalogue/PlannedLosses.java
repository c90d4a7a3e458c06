package org.losslens.core.catalogue;

import java.util.List;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Catalogue entries whose computation has not landed yet (the geometry, sorting and graph losses).
 * They are listed so that the catalogue is complete — the app can show them greyed out and the CLI
 * answers "not implemented yet" — and each moves to its own loss class when implemented.
 */
final class PlannedLosses {

    private PlannedLosses() {
    }

    static List<LossSpec> all() {
        return List.of(
                LossSpec.builder("distance_penalty_ce", Mode.BINARY, Family.DISTRIBUTION)
                        .title("Distance-penalised cross-entropy")
                        .summary("Cross-entropy weighted by 1 + φ, where φ grows towards the boundary of each region.")
                        .reference("Caliva et al. 2019; SegLossOdyssey compute_edts_forPenalizedLoss")
                        .usesGtDistance().build(),
                LossSpec.builder("boundary", Mode.BINARY, Family.BOUNDARY)
                        .title("Boundary loss")
                        .summary("Mean of p times the GT's signed distance map: probability mass far outside the GT costs, "
                                + "inside it pays.")
                        .reference("Kervadec et al. 2019; LIVIAETS/boundary-loss")
                        .usesGtDistance().build(),
                LossSpec.builder("hausdorff_dt", Mode.BINARY, Family.BOUNDARY)
                        .title("Hausdorff distance-transform loss")
                        .summary("Squared error weighted by distance maps of GT and thresholded prediction, "
                                + "a differentiable stand-in for the Hausdorff distance.")
                        .reference("Karimi & Salcudean 2019; MONAI HausdorffDTLoss")
                        .usesGtDistance().thresholdsPrediction()
                        .param(ParamSpec.real("alpha", 2.0, 0.5, 4.0, ParamRole.ALPHA,
                                "exponent on the distance maps: larger α weights far-off errors more"))
                        .build(),
                LossSpec.builder("shape_aware", Mode.BINARY, Family.BOUNDARY)
                        .title("Shape-aware loss")
                        .summary("Cross-entropy scaled by 1 + the mean distance from the predicted contour to the GT contour.")
                        .reference("Hayder et al. 2017 (LossLens convention)")
                        .usesGtDistance().thresholdsPrediction().build());
    }
}
