package org.losslens.core.loss.topology;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.losslens.core.activation.Activations;
import org.losslens.core.geometry.SoftSkeleton;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;

/**
 * clDice's two ratios over the channels MONAI keeps (Shit et al., CVPR 2021, eqs. 1–3; MONAI
 * {@code SoftclDiceLoss}): the binary channel, or the foreground channels 1..C−1 POOLED into every sum.
 * With SP = soft_skel(P) (traced, the gradient flows through it) and ST = soft_skel(T) (a constant,
 * computed once per target and iteration count):
 * <pre>
 *   Tprec = (Σ SP·T + smooth) / (Σ SP + smooth),   Tsens = (Σ ST·P + smooth) / (Σ ST + smooth)
 *   clDice = 1 − 2·Tprec·Tsens / (Tprec + Tsens)
 * </pre>
 * ∂clDice/∂SP_i = −2·Tsens²/(Tprec + Tsens)² · (T_i − Tprec)/(Σ SP + smooth) and
 * ∂clDice/∂P_i = −2·Tprec²/(Tprec + Tsens)² · ST_i/(Σ ST + smooth), the former carried back through
 * the soft skeleton's min/max selections ({@link SoftSkeleton#backpropagate}).
 *
 * <p>Cost. soft_skel(P) with its trace is a fact of the prediction alone, so it is built once per
 * prediction and iteration count and shared by soft_cldice and dice_cldice (and by a move of smooth or
 * α). clDice's value and weight-1 gradient are a fact of the (prediction, target) pair and of
 * (iter_, smooth), so they are cached on the {@link LossInput}: the first of the two losses on a pair
 * pays the sums and one backward pass per kept channel, the other (and a move of α) only scales the
 * cached gradient by its weight.
 */
final class SkeletonOverlap {

    /** Per target: iteration count → the soft skeletons of the kept one-hot channels (index = channel). */
    private static final Function<Target, Map<Integer, double[][]>> TARGET_SKELETONS = t -> new ConcurrentHashMap<>();

    /**
     * Per prediction: the traced soft skeletons of the kept channels for the iteration count asked for
     * last. One slot, not a map: a trace holds 3·(iter_ + 1) input-sized arrays per channel, so a slider
     * sweeping iter_ over one prediction must not keep every count's trace alive.
     */
    private static final Function<Activations, AtomicReference<PredictedSkeletons>> PREDICTED_SKELETONS =
            a -> new AtomicReference<>();

    private record PredictedSkeletons(int iterations, SoftSkeleton[] channels) {
    }

    private SkeletonOverlap() {
    }

    /** The first channel clDice keeps: 0 for binary (the probability of the foreground), 1 for multiclass. */
    static int firstKeptChannel(LossInput input) {
        return input.mode() == Mode.BINARY ? 0 : 1;
    }

    /**
     * Per (prediction, target) pair: (iterations, smooth) → clDice's value and its gradient ∂clDice/∂p
     * over the kept channels. soft_cldice and dice_cldice with the same iter_ and smooth ask for the same
     * numbers (one weight-1 term, each scaling it by its own weight), so whichever of them runs first on a
     * pair pays the backward passes through the soft skeletons and the other reads them. A few entries
     * at most: a smooth slider over one pair must not keep an input-sized array per position alive.
     */
    private static final Function<LossInput, Map<TermKey, ClDiceTerm>> TERMS = input -> new ConcurrentHashMap<>();

    /** The most terms one pair keeps (the defaults of both losses, and a parameter being moved). */
    private static final int MAX_TERMS = 4;

    private record TermKey(int iterations, double smooth) {
    }

    /**
     * clDice's value and ∂clDice/∂p (weight 1) at the kept channels' pixels: gradient[c·n + i], zero for
     * the channels clDice drops.
     */
    private record ClDiceTerm(double value, double[] gradient) {
    }

    /**
     * Computes clDice and adds {@code weight}·∂clDice/∂p into {@code dLossDProbability} (C·H·W).
     *
     * @return the clDice value
     */
    static double clDice(LossInput input, int iterations, double smooth, double weight, double[] dLossDProbability) {
        if (weight == 0) {
            return value(input, iterations, smooth);
        }
        ClDiceTerm term = term(input, iterations, smooth);
        double[] g = term.gradient();
        int n = input.pixels();
        // weight·∂clDice/∂p, the same product the uncached pass formed (weight times the weight-1 term)
        for (int k = firstKeptChannel(input) * n; k < g.length; k++) {
            dLossDProbability[k] += weight * g[k];
        }
        return term.value();
    }

    /**
     * clDice alone: adds {@code scale}·∂clDice/∂x into {@code gradient}, the cached weight-1 term carried
     * straight through the activations (no C·H·W array of its own to fill).
     *
     * @return the clDice value
     */
    static double clDiceAlone(LossInput input, int iterations, double smooth, double scale, double[] gradient) {
        ClDiceTerm term = term(input, iterations, smooth);
        input.activations().backpropagate(term.gradient(), scale, gradient);
        return term.value();
    }

    private static ClDiceTerm term(LossInput input, int iterations, double smooth) {
        Map<TermKey, ClDiceTerm> terms = input.derived(TERMS);
        TermKey key = new TermKey(iterations, smooth);
        ClDiceTerm term = terms.get(key);
        if (term == null) {
            double[] gradient = new double[input.shape().size()];
            double value = compute(input, iterations, smooth, gradient);
            term = new ClDiceTerm(value, gradient);
            if (terms.size() >= MAX_TERMS) {
                terms.clear();
            }
            terms.put(key, term);
        }
        return term;
    }

    private static double value(LossInput input, int iterations, double smooth) {
        ClDiceTerm cached = input.derived(TERMS).get(new TermKey(iterations, smooth));
        return cached != null ? cached.value() : compute(input, iterations, smooth, null);
    }

    /**
     * clDice, and when {@code gradient} is not null ∂clDice/∂p written into it (kept channels only).
     */
    private static double compute(LossInput input, int iterations, double smooth, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        int n = input.pixels();
        int first = firstKeptChannel(input);
        int channels = input.channels();
        double[][] targetSkeletons = targetSkeletons(t, iterations, first);
        SoftSkeleton[] predicted = predictedSkeletons(a, iterations, first);
        double skeletonOnTarget = 0;
        double skeleton = 0;
        double targetSkeletonOnPrediction = 0;
        double targetSkeleton = 0;
        double[] target = t.oneHotValues();
        double[] probability = a.probabilityValues();
        for (int c = first; c < channels; c++) {
            SoftSkeleton sp = predicted[c];
            double[] st = targetSkeletons[c];
            int offset = c * n;
            for (int i = 0; i < n; i++) {
                double spi = sp.get(i);
                skeletonOnTarget += spi * target[offset + i];
                skeleton += spi;
                targetSkeletonOnPrediction += st[i] * probability[offset + i];
                targetSkeleton += st[i];
            }
        }
        double precisionDenominator = skeleton + smooth;
        double sensitivityDenominator = targetSkeleton + smooth;
        double precision = (skeletonOnTarget + smooth) / precisionDenominator;
        double sensitivity = (targetSkeletonOnPrediction + smooth) / sensitivityDenominator;
        double sum = precision + sensitivity;
        double value = 1 - 2 * precision * sensitivity / sum;
        if (gradient == null) {
            return value;
        }
        double dPrecision = -2 * sensitivity * sensitivity / (sum * sum);
        double dSensitivity = -2 * precision * precision / (sum * sum);
        double[] dSkeleton = new double[n];
        SoftSkeleton.Workspace workspace = new SoftSkeleton.Workspace(n);
        for (int c = first; c < channels; c++) {
            for (int i = 0; i < n; i++) {
                dSkeleton[i] = dPrecision * (target[c * n + i] - precision) / precisionDenominator;
            }
            double[] dp = predicted[c].backpropagate(dSkeleton, workspace);
            double[] st = targetSkeletons[c];
            for (int i = 0; i < n; i++) {
                gradient[c * n + i] = dp[i] + dSensitivity * st[i] / sensitivityDenominator;
            }
        }
        return value;
    }

    private static SoftSkeleton[] predictedSkeletons(Activations a, int iterations, int first) {
        AtomicReference<PredictedSkeletons> slot = a.derived(PREDICTED_SKELETONS);
        PredictedSkeletons last = slot.get();
        if (last != null && last.iterations() == iterations) {
            return last.channels();
        }
        int height = a.shape().height();
        int width = a.shape().width();
        int n = height * width;
        int channels = a.shape().channels();
        SoftSkeleton[] out = new SoftSkeleton[channels];
        double[] p = new double[n];
        for (int c = first; c < channels; c++) {
            System.arraycopy(a.probabilityValues(), c * n, p, 0, n);
            out[c] = SoftSkeleton.of(p, height, width, iterations);
        }
        // another thread may have stored a trace meanwhile; both are equal for the same count, and the
        // slot keeps whichever came last
        slot.set(new PredictedSkeletons(iterations, out));
        return out;
    }

    private static double[][] targetSkeletons(Target t, int iterations, int first) {
        return t.derived(TARGET_SKELETONS).computeIfAbsent(iterations, k -> {
            int n = t.pixels();
            double[][] out = new double[t.classes()][];
            double[] channel = new double[n];
            for (int c = first; c < t.classes(); c++) {
                System.arraycopy(t.oneHotValues(), c * n, channel, 0, n);
                out[c] = SoftSkeleton.values(channel, t.height(), t.width(), k);
            }
            return out;
        });
    }
}
