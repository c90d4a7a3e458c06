package org.losslens.core.loss.region;

import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.CommonParams;
import org.losslens.core.loss.param.Params;

/**
 * Tversky loss (Salehi et al. 2017, eq. 3) as MONAI's TverskyLoss: per scored channel, with
 * TP = Σpt, FP = Σp(1 − t) = Σp − TP and FN = Σ(1 − p)t = Σt − TP,
 * L_c = 1 − (TP + smooth_nr) / (TP + α·FP + β·FN + smooth_dr), L = mean over scored channels.
 * α weights false positives and β false negatives (α = β = 0.5 is Dice up to the smooth terms).
 * A zero denominator gives 0 with zero gradient, as in {@link Dice}; smooth_nr &gt; 0 with smooth_dr = 0
 * is refused ({@link CommonParams#checkSmoothing}).
 */
public final class Tversky implements Loss {

    public static final LossSpec BINARY = LossSpec.builder("tversky", Mode.BINARY, Family.REGION)
            .title("Tversky loss")
            .summary("Generalises Dice with separate weights for false positives (α) and false negatives (β); "
                    + "β > α trades precision for recall, which helps small, easily missed objects.")
            .reference("Salehi et al. 2017; MONAI TverskyLoss(sigmoid=True)")
            .softTargets()
            .param(CommonParams.tverskyAlpha())
            .param(CommonParams.tverskyBeta())
            .param(CommonParams.smoothNr(1e-5, CommonParams.UNBOUNDED))
            .param(CommonParams.smoothDr(1e-5, CommonParams.UNBOUNDED))
            .factory(p -> fromParams(p, true))
            .build();

    public static final LossSpec MULTICLASS = LossSpec.builder("tversky", Mode.MULTICLASS, Family.REGION)
            .title("Tversky loss")
            .summary("Mean over classes of the Tversky loss on softmax probabilities: α weights false positives, "
                    + "β false negatives.")
            .reference("Salehi et al. 2017; MONAI TverskyLoss(softmax=True, to_onehot_y=True)")
            .param(CommonParams.includeBackground())
            .param(CommonParams.tverskyAlpha())
            .param(CommonParams.tverskyBeta())
            .param(CommonParams.smoothNr(1e-5, CommonParams.UNBOUNDED))
            .param(CommonParams.smoothDr(1e-5, CommonParams.UNBOUNDED))
            .factory(p -> fromParams(p, p.flag("include_background")))
            .build();

    private final double alpha;
    private final double beta;
    private final double smoothNr;
    private final double smoothDr;
    private final boolean includeBackground;

    public Tversky(double alpha, double beta, double smoothNr, double smoothDr, boolean includeBackground) {
        this.alpha = alpha;
        this.beta = beta;
        this.smoothNr = smoothNr;
        this.smoothDr = smoothDr;
        CommonParams.checkSmoothing(smoothNr, smoothDr);
        this.includeBackground = includeBackground;
    }

    /** From alpha, beta, smooth_nr and smooth_dr of a bound parameter set. */
    static Tversky fromParams(Params p, boolean includeBackground) {
        return new Tversky(p.real("alpha"), p.real("beta"), p.real("smooth_nr"), p.real("smooth_dr"),
                includeBackground);
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Overlap o = Overlap.measure(input);
        int first = Overlap.firstScoredChannel(input, includeBackground);
        int scored = input.channels() - first;
        double sum = 0;
        for (int c = first; c < input.channels(); c++) {
            double tp = o.intersection(c);
            double fp = o.predicted(c) - tp;
            double fn = o.actual(c) - tp;
            double numerator = tp + smoothNr;
            double denominator = tp + alpha * fp + beta * fn + smoothDr;
            if (denominator == 0) {
                continue;
            }
            double ratio = numerator / denominator;
            // ∂den/∂TP = 1 − α − β, ∂den/∂Σp = α, ∂num/∂TP = 1
            double dIntersection = (-1 + ratio * (1 - alpha - beta)) / denominator;
            double dPredicted = ratio * alpha / denominator;
            o.addPartials(c, dIntersection / scored, dPredicted / scored, 0);
            sum += 1 - ratio;
        }
        o.backpropagate(scale, gradient);
        return sum / scored;
    }
}
