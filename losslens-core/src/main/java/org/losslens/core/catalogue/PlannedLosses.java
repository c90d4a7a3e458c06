package org.losslens.core.catalogue;

import java.util.List;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.CommonParams;
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
                LossSpec.builder("topk", Mode.BINARY, Family.DISTRIBUTION)
                        .title("Top-k cross-entropy")
                        .summary("Mean cross-entropy of only the k% hardest pixels.")
                        .reference("Wu et al. 2016; nnU-Net TopKLoss")
                        .sorts()
                        .param(ParamSpec.real("k", 10.0, 0, 100, ParamRole.NONE,
                                "percentage of pixels (the hardest ones) that are averaged"))
                        .build(),
                LossSpec.builder("lovasz_hinge", Mode.BINARY, Family.REGION)
                        .title("Lovász hinge")
                        .summary("Convex surrogate of the IoU loss via the Lovász extension of hinge errors.")
                        .reference("Berman et al. 2018; bermanmaxim/LovaszSoftmax lovasz_hinge")
                        .sorts().build(),
                LossSpec.builder("active_contour", Mode.BINARY, Family.BOUNDARY)
                        .title("Active contour loss")
                        .summary("Contour length plus region terms inside and outside, as in Chan–Vese.")
                        .reference("Chen et al. 2019; xuuuuuuchen/Active-Contour-Loss")
                        .softTargets()
                        .param(ParamSpec.real("mu", 1.0, 0, 10, ParamRole.NONE, "weight of the inside-region term"))
                        .param(ParamSpec.real("lambda", 1.0, 0, 10, ParamRole.NONE,
                                "weight of both region terms against the length term"))
                        .build(),
                LossSpec.builder("conservative", Mode.BINARY, Family.DISTRIBUTION)
                        .title("Conservative loss")
                        .summary("Penalises both under- and over-confidence; negative for moderately confident correct "
                                + "pixels.")
                        .reference("Zhu et al. 2018, ECCV")
                        .param(ParamSpec.real("lam", 5.0, 0, 20, ParamRole.NONE, "scale of the loss"))
                        .param(ParamSpec.real("a", Math.E, 1.1, 10, ParamRole.NONE,
                                "base of the logarithm; the loss is 0 at p_t = 1/a"))
                        .build(),
                LossSpec.builder("generalized_wasserstein_dice", Mode.MULTICLASS, Family.REGION)
                        .title("Generalised Wasserstein Dice")
                        .summary("Dice generalised with a distance matrix between classes, so confusing similar "
                                + "classes costs less.")
                        .reference("Fidon et al. 2017; MONAI GeneralizedWassersteinDiceLoss")
                        .param(ParamSpec.classMatrix("dist_matrix", "1 - identity",
                                "C×C distances between classes (symmetric, zero diagonal, background = class 0)"))
                        .param(ParamSpec.choice("weighting_mode", "default", List.of("default", "GDL"),
                                "class weighting: MONAI's default or generalised-Dice-style"))
                        .param(CommonParams.smoothNr(1e-5, CommonParams.UNBOUNDED))
                        .param(CommonParams.smoothDr(1e-5, CommonParams.UNBOUNDED))
                        .build(),
                LossSpec.builder("lovasz_softmax", Mode.MULTICLASS, Family.REGION)
                        .title("Lovász-softmax")
                        .summary("Convex surrogate of the mean IoU over classes via the Lovász extension.")
                        .reference("Berman et al. 2018; bermanmaxim/LovaszSoftmax lovasz_softmax")
                        .sorts()
                        .param(ParamSpec.choice("classes", "present", List.of("present", "all"),
                                "average over classes present in the GT, or over all classes"))
                        .build(),
                LossSpec.builder("non_adjacency", Mode.MULTICLASS, Family.BOUNDARY)
                        .title("Non-adjacency loss")
                        .summary("Penalises probability mass of forbidden class pairs next to each other.")
                        .reference("Ganaye et al. 2019; trypag/NonAdjLoss")
                        .param(ParamSpec.classMatrix("forbidden", "1 for pairs of distinct foreground classes",
                                "C×C 0/1 matrix of class pairs that must not touch (symmetric, zero diagonal)"))
                        .param(ParamSpec.real("lambda", 1.0, 0, 100, ParamRole.NONE, "weight of the penalty"))
                        .build(),
                LossSpec.builder("conservative", Mode.MULTICLASS, Family.DISTRIBUTION)
                        .title("Conservative loss")
                        .summary("Penalises both under- and over-confidence of the true class's softmax probability.")
                        .reference("Zhu et al. 2018, ECCV")
                        .param(ParamSpec.real("lam", 5.0, 0, 20, ParamRole.NONE, "scale of the loss"))
                        .param(ParamSpec.real("a", Math.E, 1.1, 10, ParamRole.NONE,
                                "base of the logarithm; the loss is 0 at p_t = 1/a"))
                        .build());
    }
}
