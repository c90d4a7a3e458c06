package org.losslens.core.loss.topology;

import java.util.function.Function;
import org.losslens.core.activation.Activations;
import org.losslens.core.geometry.Mask;
import org.losslens.core.geometry.Skeleton;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Skeleton recall (Kirchhoff et al., "Skeleton Recall Loss for Connectivity Conserving and Resource
 * Efficient Segmentation of Thin Tubular Structures", ECCV 2024, eq. 1), as the authors' code
 * (MIC-DKFZ/Skeleton-Recall: {@code SkeletonTransform} + {@code SoftSkeletonRecallLoss}):
 * <pre>
 *   rec_c = (Σ p_c·S_c + smooth) / max(Σ S_c + smooth, 1e-8),   L = −mean_c rec_c
 * </pre>
 * over the foreground classes (binary: the one class with p = σ(x); multiclass: c = 1..C−1 with
 * p = softmax(x), absent classes included with rec_c = 1). S is a constant of the GT, computed once
 * per target: the skeleton of the GT foreground ({@link Skeleton#of}, scikit-image's thinning), with
 * do_tube widened by the radius-2 diamond and cut back to the foreground, each pixel keeping its GT
 * label. The value is negative, in [−1, 0], as the authors' loss returns −rec; ∂L/∂p_c,i = −S_c,i /
 * (K·max(Σ S_c + smooth, 1e-8)) with K the number of foreground classes.
 */
public final class SkeletonRecall implements Loss {

    public static final LossSpec BINARY = spec(Mode.BINARY,
            "Kirchhoff et al., ECCV 2024 (Skeleton Recall), as MIC-DKFZ/Skeleton-Recall SoftSkeletonRecallLoss + "
                    + "SkeletonTransform, on σ(x)");

    public static final LossSpec MULTICLASS = spec(Mode.MULTICLASS,
            "Kirchhoff et al., ECCV 2024 (Skeleton Recall), as MIC-DKFZ/Skeleton-Recall SoftSkeletonRecallLoss + "
                    + "SkeletonTransform, on softmax(x), classes 1..C−1");

    private static final Function<Target, int[]> TUBE = t -> skeletonLabels(t, true);
    private static final Function<Target, int[]> THIN = t -> skeletonLabels(t, false);

    private final double smooth;
    private final boolean tube;

    public SkeletonRecall(double smooth, boolean tube) {
        this.smooth = smooth;
        this.tube = tube;
    }

    private static LossSpec spec(Mode mode, String reference) {
        return LossSpec.builder("skeleton_recall", mode, Family.TOPOLOGY)
                .title("Skeleton recall")
                .summary("Minus the mean soft recall of the GT's skeleton (widened to a thin tube): rewards covering "
                        + "every branch of a thin structure, so a break costs as much as the skeleton it loses. "
                        + "Negative, in [−1, 0]; meant to be added to Dice + CE.")
                .reference(reference)
                .gradientNote("The GT skeleton (scikit-image thinning, widened by a radius-2 diamond and cut to the "
                        + "GT) is a constant computed once per GT: only pixels on it get gradient, −1/(K·(|S_c| + smooth)) "
                        + "per unit of probability.")
                .param(ParamSpec.real("smooth", 1e-5, 1e-8, 10.0, ParamRole.NONE,
                        "added to numerator and denominator of each class's skeleton recall (the authors' trainer uses 1e-5)"))
                .param(ParamSpec.flag("do_tube", true,
                        "widen the skeleton by the radius-2 diamond (two 4-neighbour dilations) before cutting it to the GT"))
                .factory(p -> new SkeletonRecall(p.real("smooth"), p.flag("do_tube")))
                .build();
    }

    /**
     * The GT skeleton S as labels: 0 off the skeleton (or tube), else the pixel's GT class (1 for
     * binary). Computed once per target.
     */
    public static int[] skeleton(Target target, boolean tube) {
        return target.derived(tube ? TUBE : THIN).clone();
    }

    private static int[] skeletonLabels(Target t, boolean tube) {
        Mask foreground = Mask.of(t.height(), t.width(), i -> t.label(i) > 0);
        Mask s = Skeleton.of(foreground);
        if (tube) {
            s = Skeleton.dilateByDiamond(s, 2);
        }
        int[] labels = new int[t.pixels()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = s.contains(i) ? t.label(i) : 0;
        }
        return labels;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        int[] s = t.derived(tube ? TUBE : THIN);
        int n = input.pixels();
        boolean binary = input.mode() == Mode.BINARY;
        int classes = binary ? 1 : input.channels() - 1;
        double[] covered = new double[classes + 1];
        double[] length = new double[classes + 1];
        for (int i = 0; i < n; i++) {
            int c = s[i];
            if (c > 0) {
                covered[c] += a.probability((binary ? 0 : c) * n + i);
                length[c] += 1;
            }
        }
        double value = 0;
        double[] dLossDProbability = new double[input.shape().size()];
        double[] step = new double[classes + 1];
        for (int c = 1; c <= classes; c++) {
            double denominator = Math.max(length[c] + smooth, 1e-8);
            value -= (covered[c] + smooth) / denominator / classes;
            step[c] = -1.0 / (classes * denominator);
        }
        for (int i = 0; i < n; i++) {
            int c = s[i];
            if (c > 0) {
                dLossDProbability[(binary ? 0 : c) * n + i] = step[c];
            }
        }
        a.backpropagate(dLossDProbability, scale, gradient);
        return value;
    }
}
