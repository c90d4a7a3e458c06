package org.losslens.core.loss.distribution;

import org.losslens.core.activation.Activations;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Class-weighted binary cross-entropy on logits:
 * L = −mean_i( w₊·t_i·ln σ(x_i) + w₋·(1 − t_i)·ln(1 − σ(x_i)) ),
 * ∂L/∂x_i = ( w₋(1 − t_i)·σ(x_i) − w₊·t_i·(1 − σ(x_i)) ) / N.
 * The logarithms are log-sigmoid forms, finite for every finite logit.
 *
 * <p>Three catalogue entries are this loss with different weights: plain BCE (w₊ = w₋ = 1,
 * PyTorch BCEWithLogitsLoss), weighted CE (w₊ = pos_weight, as PyTorch's pos_weight) and balanced
 * CE (w₊ = β, w₋ = 1 − β, Jadon 2020).
 */
public final class BinaryCrossEntropy implements Loss {

    public static final LossSpec BCE = LossSpec.builder("bce", Mode.BINARY, Family.DISTRIBUTION)
            .title("Binary cross-entropy")
            .summary("Mean per-pixel log loss of the sigmoid probability. Every pixel counts the same, so a small "
                    + "object is outvoted by the background.")
            .reference("PyTorch BCEWithLogitsLoss (reduction='mean')")
            .softTargets()
            .factory(p -> new BinaryCrossEntropy(1, 1))
            .build();

    public static final LossSpec WEIGHTED = LossSpec.builder("wce", Mode.BINARY, Family.DISTRIBUTION)
            .title("Weighted cross-entropy")
            .summary("Cross-entropy whose foreground term is multiplied by pos_weight, so rare foreground pixels "
                    + "weigh more; the background term keeps weight 1.")
            .reference("PyTorch BCEWithLogitsLoss(pos_weight)")
            .softTargets()
            .param(ParamSpec.real("pos_weight", 10.0, 0.01, 1000.0, ParamRole.NONE,
                    "multiplies the FOREGROUND (t = 1) term only; > 1 favours recall on rare foreground"))
            .factory(p -> new BinaryCrossEntropy(p.real("pos_weight"), 1))
            .build();

    public static final LossSpec BALANCED = LossSpec.builder("balanced_ce", Mode.BINARY, Family.DISTRIBUTION)
            .title("Balanced cross-entropy")
            .summary("Cross-entropy with foreground weight β and background weight 1 − β, so the two terms trade "
                    + "off against each other (weighted CE also rescales the total).")
            .reference("Jadon 2020, 'A survey of loss functions for semantic segmentation', balanced CE")
            .softTargets()
            .param(ParamSpec.real("beta", 0.75, 0, 1, ParamRole.BETA,
                    "weight of FOREGROUND pixels; background pixels get 1 − β"))
            .factory(p -> new BinaryCrossEntropy(p.real("beta"), 1 - p.real("beta")))
            .build();

    private final double positiveWeight;
    private final double negativeWeight;

    public BinaryCrossEntropy(double positiveWeight, double negativeWeight) {
        this.positiveWeight = positiveWeight;
        this.negativeWeight = negativeWeight;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        double[] logP = a.logProbabilityValues();
        double[] logQ = a.logComplementValues();
        int n = input.pixels();
        double sum = 0;
        double step = scale / n;
        for (int i = 0; i < n; i++) {
            double ti = targetValues[i];
            sum -= positiveWeight * ti * logP[i] + negativeWeight * (1 - ti) * logQ[i];
            gradient[i] += step * (negativeWeight * (1 - ti) * a.probability(i)
                    - positiveWeight * ti * a.complement(i));
        }
        return sum / n;
    }

    /**
     * The per-pixel (unweighted) BCE of pixel i, for losses that re-weight or select pixels; the
     * arrays are {@link Target#oneHotValues()}, {@link Activations#logProbabilityValues()} and
     * {@link Activations#logComplementValues()}, fetched once before the caller's loop.
     */
    public static double perPixel(double[] targetValues, double[] logProbability, double[] logComplement, int i) {
        double ti = targetValues[i];
        return -(ti * logProbability[i] + (1 - ti) * logComplement[i]);
    }
}
