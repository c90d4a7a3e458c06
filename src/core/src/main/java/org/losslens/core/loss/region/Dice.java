package org.losslens.core.loss.region;

import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.CommonParams;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Soft Dice loss (Milletari et al. 2016, eq. 1) and its Jaccard form, exactly as MONAI's DiceLoss:
 * per scored channel, with I = Σpt and D = Σp + Σt (or Σp² + Σt² when squared_pred),
 * <pre>
 *   Dice:    L_c = 1 − (2I + smooth_nr) / (D + smooth_dr)
 *   Jaccard: L_c = 1 − (2I + smooth_nr) / (2(D − I) + smooth_dr)
 * </pre>
 * and L = the mean of L_c over scored channels (channel 0 dropped, after the softmax, when
 * include_background is false). If a denominator is exactly 0 — both masks empty with
 * smooth_dr = 0 — that channel's loss is 0 with zero gradient rather than MONAI's NaN. smooth_nr &gt; 0
 * with smooth_dr = 0 is refused ({@link CommonParams#checkSmoothing}): the ratio would be unbounded.
 */
public final class Dice implements Loss {

    public static final LossSpec BINARY = LossSpec.builder("dice", Mode.BINARY, Family.REGION)
            .title("Dice loss")
            .summary("1 − soft Dice coefficient between the sigmoid probabilities and the target. Normalised by the "
                    + "object's size, so a small object counts as much as a large one — and its gradient gets large "
                    + "and unstable when the object is tiny.")
            .reference("Milletari et al. 2016 (V-Net); MONAI DiceLoss(sigmoid=True)")
            .softTargets()
            .param(CommonParams.smoothNr(1e-5, 10))
            .param(CommonParams.smoothDr(1e-5, 10))
            .param(ParamSpec.flag("squared_pred", false, "square p and t in the denominator (V-Net's form)"))
            .factory(p -> new Dice(p.real("smooth_nr"), p.real("smooth_dr"), p.flag("squared_pred"), false, true))
            .build();

    public static final LossSpec IOU = LossSpec.builder("iou", Mode.BINARY, Family.REGION)
            .title("IoU (Jaccard) loss")
            .summary("1 − soft intersection-over-union. Ranks predictions like Dice but punishes a given error "
                    + "more, as IoU ≤ Dice.")
            .reference("Rahman & Wang 2016; MONAI DiceLoss(sigmoid=True, jaccard=True)")
            .softTargets()
            .param(CommonParams.smoothNr(1e-5, 10))
            .param(CommonParams.smoothDr(1e-5, 10))
            .factory(p -> new Dice(p.real("smooth_nr"), p.real("smooth_dr"), false, true, true))
            .build();

    public static final LossSpec MULTICLASS = LossSpec.builder("dice", Mode.MULTICLASS, Family.REGION)
            .title("Dice loss")
            .summary("Mean over classes of 1 − soft Dice on the softmax probabilities; every class counts the same "
                    + "whatever its size.")
            .reference("Milletari et al. 2016; MONAI DiceLoss(softmax=True, to_onehot_y=True)")
            .param(CommonParams.includeBackground())
            .param(CommonParams.smoothNr(1e-5, 10))
            .param(CommonParams.smoothDr(1e-5, 10))
            .factory(p -> new Dice(p.real("smooth_nr"), p.real("smooth_dr"), false, false,
                    p.flag("include_background")))
            .build();

    private final double smoothNr;
    private final double smoothDr;
    private final boolean squaredPred;
    private final boolean jaccard;
    private final boolean includeBackground;

    public Dice(double smoothNr, double smoothDr, boolean squaredPred, boolean jaccard, boolean includeBackground) {
        this.smoothNr = smoothNr;
        this.smoothDr = smoothDr;
        CommonParams.checkSmoothing(smoothNr, smoothDr);
        this.squaredPred = squaredPred;
        this.jaccard = jaccard;
        this.includeBackground = includeBackground;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Overlap overlap = Overlap.measure(input);
        int first = Overlap.firstScoredChannel(input, includeBackground);
        int scored = input.channels() - first;
        double sum = 0;
        for (int c = first; c < input.channels(); c++) {
            sum += channelLoss(overlap, c, 1.0 / scored);
        }
        overlap.backpropagate(scale, gradient);
        return sum / scored;
    }

    /** L_c of one channel; adds weight·∂L_c/∂(sums) to the overlap's partials. */
    private double channelLoss(Overlap o, int c, double weight) {
        double intersection = o.intersection(c);
        double sizes = squaredPred ? o.predictedSquares(c) + o.actualSquares(c) : o.predicted(c) + o.actual(c);
        double numerator = 2 * intersection + smoothNr;
        double denominator = (jaccard ? 2 * (sizes - intersection) : sizes) + smoothDr;
        if (denominator == 0) {
            return 0;
        }
        // L = 1 − N/D:  ∂L/∂s = −(∂N/∂s)/D + N·(∂D/∂s)/D²
        double dDenominatorDSizes = jaccard ? 2 : 1;
        double dDenominatorDIntersection = jaccard ? -2 : 0;
        double ratio = numerator / denominator;
        double dIntersection = (-2 + ratio * dDenominatorDIntersection) / denominator;
        double dSizes = ratio * dDenominatorDSizes / denominator;
        if (squaredPred) {
            o.addPartials(c, weight * dIntersection, 0, weight * dSizes);
        } else {
            o.addPartials(c, weight * dIntersection, weight * dSizes, 0);
        }
        return 1 - ratio;
    }
}
