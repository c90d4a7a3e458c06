package org.losslens.core.loss.region;

import java.util.List;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.CommonParams;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Generalised Dice loss (Sudre et al. 2017, eq. 2) as MONAI's GeneralizedDiceLoss: over scored
 * channels c, with class weights w_c from the ground truth alone,
 * <pre>
 *   L = 1 − (2·Σ_c w_c·I_c + smooth_nr) / (Σ_c w_c·(Σp_c + Σt_c) + smooth_dr)
 *   w_c = 1/(Σt_c)² (square), 1/Σt_c (simple) or 1 (uniform)
 * </pre>
 * An infinite weight (a class absent from the GT) is replaced by the largest finite weight of the
 * image, as MONAI does; all absent gives weights 0. The weights are constants for the gradient.
 */
public final class GeneralizedDice implements Loss {

    /** How class weights follow from the class volumes. */
    public enum WeightType {
        SQUARE, SIMPLE, UNIFORM;

        /** "square", "simple" or "uniform". */
        public static WeightType fromId(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The w_type parameter, shared with the generalised Dice + focal compound. */
    public static final ParamSpec W_TYPE = ParamSpec.choice("w_type", "square", List.of("square", "simple", "uniform"),
            "class weight: 1/volume² (square), 1/volume (simple) or 1 (uniform) — small classes weigh more");

    public static final LossSpec SPEC = LossSpec.builder("generalized_dice", Mode.MULTICLASS, Family.REGION)
            .title("Generalised Dice loss")
            .summary("One Dice ratio summed over classes, each class weighted by the inverse square of its volume, "
                    + "so small structures count as much as large ones.")
            .reference("Sudre et al. 2017; MONAI GeneralizedDiceLoss(softmax=True, to_onehot_y=True)")
            .gradientNote("the class weights come from the ground truth only and are constants")
            .param(CommonParams.includeBackground())
            .param(W_TYPE)
            .param(CommonParams.smoothNr(1e-5, CommonParams.UNBOUNDED))
            .param(CommonParams.smoothDr(1e-5, CommonParams.UNBOUNDED))
            .factory(p -> new GeneralizedDice(WeightType.fromId(p.choice("w_type")), p.real("smooth_nr"),
                    p.real("smooth_dr"), p.flag("include_background")))
            .build();

    private final WeightType weightType;
    private final double smoothNr;
    private final double smoothDr;
    private final boolean includeBackground;

    public GeneralizedDice(WeightType weightType, double smoothNr, double smoothDr, boolean includeBackground) {
        this.weightType = weightType;
        this.smoothNr = smoothNr;
        this.smoothDr = smoothDr;
        CommonParams.checkSmoothing(smoothNr, smoothDr);
        this.includeBackground = includeBackground;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Overlap o = Overlap.measure(input);
        int first = Overlap.firstScoredChannel(input, includeBackground);
        int channels = input.channels();
        double[] weights = classWeights(o, first, channels);
        double numerator = smoothNr;
        double denominator = smoothDr;
        for (int c = first; c < channels; c++) {
            numerator += 2 * weights[c] * o.intersection(c);
            denominator += weights[c] * (o.predicted(c) + o.actual(c));
        }
        if (denominator == 0) {
            return 0;
        }
        double ratio = numerator / denominator;
        for (int c = first; c < channels; c++) {
            o.addPartials(c, -2 * weights[c] / denominator, ratio * weights[c] / denominator, 0);
        }
        o.backpropagate(scale, gradient);
        return 1 - ratio;
    }

    private double[] classWeights(Overlap o, int first, int channels) {
        double[] w = new double[channels];
        double largestFinite = 0;
        for (int c = first; c < channels; c++) {
            double volume = o.actual(c);
            w[c] = switch (weightType) {
                case SQUARE -> 1.0 / (volume * volume);
                case SIMPLE -> 1.0 / volume;
                case UNIFORM -> 1.0;
            };
            if (Double.isFinite(w[c])) {
                largestFinite = Math.max(largestFinite, w[c]);
            }
        }
        for (int c = first; c < channels; c++) {
            if (!Double.isFinite(w[c])) {
                w[c] = largestFinite;
            }
        }
        return w;
    }
}
