package org.losslens.core.activation;

import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import org.losslens.core.cache.DerivedFacts;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * Probabilities and log-probabilities of one set of logits, computed once and shared by every loss.
 *
 * <p>Binary (sigmoid): p = σ(x), its complement 1 − p = σ(−x), ln p = −softplus(−x) and
 * ln(1 − p) = −softplus(x) — each from the logit directly, so nothing cancels or overflows.
 * Multiclass (softmax over channels): log-softmax by the log-sum-exp trick, p = exp(log p).
 *
 * <p>Cost. p and 1 − p take one exponential per pixel (per logit for the softmax) and are computed at
 * once; the log-terms (the two sigmoid ones, a logarithm per pixel; the log-softmax, a C·H·W array)
 * are computed on first use only, so losses that never ask for them (MSE, Dice, Tversky, …) do not
 * pay for them. Facts derived from the prediction alone (the
 * thresholded mask p &gt; 0.5 and its distance maps) are cached per instance by {@link #derived}, as
 * {@code Target} caches the ground truth's: a new prediction is a new {@code Activations}.
 * Instances are safe to share between threads.
 */
public final class Activations {

    private final boolean sigmoid;
    private final Shape shape;
    private final Tensor logits;
    private final double[] probability;
    /** Binary only: 1 − p. */
    private final double[] complement;
    /** Softmax only: Σ_c exp(x_c − max_c x_c) per pixel, the normaliser the lazy log-softmax starts from. */
    private final double[] normaliser;
    /**
     * ln p (and, sigmoid, ln(1 − p); softmax: null), computed on first use. Racy but benign: every
     * thread computes the same numbers, and the holder's final fields publish the arrays' contents
     * safely (JLS 17.5).
     */
    private LogTerms logTerms;
    private final DerivedFacts<Activations> derived = new DerivedFacts<>();

    private record LogTerms(double[] logProbability, double[] logComplement) {
    }

    private Activations(boolean sigmoid, Tensor logits) {
        this.sigmoid = sigmoid;
        this.logits = logits;
        this.shape = logits.shape();
        int size = shape.size();
        probability = new double[size];
        if (sigmoid) {
            complement = new double[size];
            normaliser = null;
            sigmoid(size);
        } else {
            complement = null;
            normaliser = new double[shape.pixels()];
            softmax();
        }
    }

    /** Binary mode: the sigmoid of one logit channel. */
    public static Activations sigmoid(Tensor logits) {
        if (logits.shape().channels() != 1) {
            throw new IllegalArgumentException("binary mode needs 1 logit channel, got " + logits.shape().channels());
        }
        return new Activations(true, logits);
    }

    /** Multiclass mode: the softmax over C ≥ 2 logit channels. */
    public static Activations softmax(Tensor logits) {
        if (logits.shape().channels() < 2) {
            throw new IllegalArgumentException("multiclass mode needs at least 2 logit channels, got 1");
        }
        return new Activations(false, logits);
    }

    /** Pixels per tile of the softmax: the tile's C channels of logits and outputs stay in the L1/L2 cache. */
    private static final int SOFTMAX_TILE = 512;

    /**
     * σ(±x) from e = exp(−|x|) ({@link Elementwise#sigmoid}), a tile of {@link Elementwise#TILE}
     * logits at a time copied into a small buffer that stays in L1, so the image is read once and p,
     * 1 − p written once. The tiles are whole vectors, so the numbers do not depend on the tiling.
     */
    private void sigmoid(int size) {
        double[] x = new double[Math.min(Elementwise.TILE, size)];
        for (int start = 0; start < size; start += Elementwise.TILE) {
            int length = Math.min(Elementwise.TILE, size - start);
            logits.copyInto(start, x, 0, length);
            Elementwise.sigmoid(x, length, probability, complement, start);
        }
    }

    /**
     * Log-sum-exp with the per-pixel maximum factored out; the shifted exponentials serve both
     * outputs ({@link Elementwise#softmax}). The image is processed in tiles of {@value #SOFTMAX_TILE}
     * pixels, each tile's C channels of logits copied into a buffer that stays in L1, so every pass
     * over them runs in cache (one pass over the whole C·H·W arrays per step was memory bound); the
     * additions happen in the same order as a per-pixel loop over channels, and the tiles are whole
     * vectors, so the numbers do not depend on the tiling.
     */
    private void softmax() {
        int channels = shape.channels();
        int n = shape.pixels();
        double[] x = new double[channels * SOFTMAX_TILE];
        double[] max = new double[SOFTMAX_TILE];
        for (int start = 0; start < n; start += SOFTMAX_TILE) {
            int length = Math.min(SOFTMAX_TILE, n - start);
            for (int c = 0; c < channels; c++) {
                logits.copyInto(c * n + start, x, c * SOFTMAX_TILE, length);
            }
            Elementwise.softmax(x, SOFTMAX_TILE, channels, length, max, probability, normaliser, n, start);
        }
    }

    /** max[i] = max over channels of the logits of pixel start + i, i &lt; length. */
    private void tileMaximum(int start, int length, double[] max) {
        int n = shape.pixels();
        for (int i = 0; i < length; i++) {
            max[i] = logits.get(start + i);
        }
        for (int c = 1; c < shape.channels(); c++) {
            for (int i = 0, k = c * n + start; i < length; i++, k++) {
                max[i] = Math.max(max[i], logits.get(k));
            }
        }
    }

    /**
     * ln p = x − max − ln Σ exp(x − max) per logit, on first use (the softmax keeps the sums), tiled
     * like {@link #softmax}; the maximum is recomputed from the logits, the same number as before.
     */
    private double[] softmaxLogProbability() {
        int channels = shape.channels();
        int n = shape.pixels();
        double[] logProbability = new double[shape.size()];
        double[] max = new double[SOFTMAX_TILE];
        double[] logSum = new double[SOFTMAX_TILE];
        for (int start = 0; start < n; start += SOFTMAX_TILE) {
            int length = Math.min(SOFTMAX_TILE, n - start);
            tileMaximum(start, length, max);
            System.arraycopy(normaliser, start, logSum, 0, length);
            Elementwise.log(logSum, 0, length);
            for (int c = 0; c < channels; c++) {
                for (int i = 0, k = c * n + start; i < length; i++, k++) {
                    logProbability[k] = logits.get(k) - max[i] - logSum[i];
                }
            }
        }
        return logProbability;
    }

    /**
     * ln σ(±x) = −(max(∓x, 0) + ln(1 + e)), e = exp(−|x|), for every pixel, on first use. e is the
     * ratio of the smaller to the larger of p and 1 − p (e/(1 + e) over 1/(1 + e)): a division
     * instead of a second exponential, equal to within an ulp.
     */
    private LogTerms logTerms() {
        LogTerms terms = logTerms;
        return terms != null ? terms : computeLogTerms();
    }

    /**
     * The slow path of {@link #logTerms}, a method of its own so that the per-pixel accessors stay a
     * few bytes: with the computation inlined, C2 compiled {@code logProbability(int)} into a "big
     * method" and then refused to inline it into the losses' loops (-XX:+PrintInlining: "already
     * compiled into a big method"), so every pixel paid a call.
     */
    private LogTerms computeLogTerms() {
        LogTerms terms;
        if (!sigmoid) {
            terms = new LogTerms(softmaxLogProbability(), null);
            logTerms = terms;
            return terms;
        }
        int size = shape.size();
        double[] logP = new double[size];
        double[] logQ = new double[size];
        double[] x = new double[Math.min(Elementwise.TILE, size)];
        for (int start = 0; start < size; start += Elementwise.TILE) {
            int length = Math.min(Elementwise.TILE, size - start);
            logits.copyInto(start, x, 0, length);
            Elementwise.logSigmoid(x, length, probability, complement, logP, logQ, start);
        }
        terms = new LogTerms(logP, logQ);
        logTerms = terms;
        return terms;
    }

    /** True for sigmoid (binary) activations, false for softmax (multiclass). */
    public boolean isSigmoid() {
        return sigmoid;
    }

    public Shape shape() {
        return shape;
    }

    public Tensor logits() {
        return logits;
    }

    public double logit(int k) {
        return logits.get(k);
    }

    /** p at flat index k: σ(x) in binary mode; otherwise the softmax probability of channel k / (H·W) at pixel k % (H·W). */
    public double probability(int k) {
        return probability[k];
    }

    /**
     * p at every flat index, in an array of this instance's (not to be written): a loop over pixels
     * fetches it once, as {@link #logProbabilityValues()}.
     */
    public double[] probabilityValues() {
        return probability;
    }

    /** ln p at flat index k, for a single read; a loop over pixels reads {@link #logProbabilityValues()} instead. */
    public double logProbability(int k) {
        return logProbabilityValues()[k];
    }

    /**
     * ln p at every flat index (sigmoid: ln σ(x); softmax: the C·H·W log-softmax), in an array of
     * this instance's (not to be written), built on first use. Fetch it once before a loop over pixels
     * rather than call {@link #logProbability(int)} per pixel: the per-element accessor carries the
     * lazy build as a call on its slow path, and once any instance has taken it (every cold loss that
     * reads a log-term does) C2 keeps that call inside every loop it inlines the accessor into, which
     * stops the loop vectorising — as {@code Target.oneHotValues()} found for the one-hot.
     */
    public double[] logProbabilityValues() {
        return logTerms().logProbability();
    }

    /**
     * ln p of one channel per pixel, out[i] = ln p_{channel(i), i} (the term of the cross-entropies,
     * channel = the label). Softmax: where the C·H·W log-softmax has not been built, only these H·W
     * entries are computed, tiled as {@link #softmaxLogProbability} and so the same numbers; a cold
     * cross-entropy spent a fifth of its time building the C·H·W array for them.
     *
     * @param channel the channel of a pixel (0 for binary)
     */
    public double[] logProbabilityAt(IntUnaryOperator channel) {
        int n = shape.pixels();
        double[] out = new double[n];
        LogTerms terms = logTerms;
        if (sigmoid || terms != null) {
            double[] logP = logTerms().logProbability();
            for (int i = 0; i < n; i++) {
                out[i] = logP[channel.applyAsInt(i) * n + i];
            }
            return out;
        }
        double[] max = new double[SOFTMAX_TILE];
        double[] logSum = new double[SOFTMAX_TILE];
        for (int start = 0; start < n; start += SOFTMAX_TILE) {
            int length = Math.min(SOFTMAX_TILE, n - start);
            tileMaximum(start, length, max);
            System.arraycopy(normaliser, start, logSum, 0, length);
            Elementwise.log(logSum, 0, length);
            for (int i = 0, pixel = start; i < length; i++, pixel++) {
                out[pixel] = logits.get(channel.applyAsInt(pixel) * n + pixel) - max[i] - logSum[i];
            }
        }
        return out;
    }

    /** Binary only: 1 − p = σ(−x), accurate also where p rounds to 1. */
    public double complement(int k) {
        return complement[k];
    }

    /**
     * Binary only: 1 − p at every pixel, in an array of this instance's (not to be written), for a loop
     * that reads it as a plain array (see {@link #probabilityValues()}). Softmax: null.
     */
    public double[] complementValues() {
        return complement;
    }

    /** Binary only: ln(1 − p) = ln σ(−x) at k, for a single read; a loop reads {@link #logComplementValues()}. */
    public double logComplement(int k) {
        return logComplementValues()[k];
    }

    /**
     * Binary only: ln(1 − p) = ln σ(−x) at every pixel, in an array of this instance's (not to be
     * written), built on first use; fetch it once before a loop, for the reason given at
     * {@link #logProbabilityValues()}. Softmax: null.
     */
    public double[] logComplementValues() {
        return logTerms().logComplement();
    }

    /**
     * A fact computed from this prediction alone (e.g. the mask p &gt; 0.5 and its distance maps),
     * computed on first use and then reused. The function is the cache key, so pass the same (static)
     * function instance each time. Safe for concurrent use.
     */
    public <T> T derived(Function<Activations, T> fact) {
        return derived.get(this, fact);
    }

    /**
     * {@link #backpropagate} for a ∂L/∂p that is affine per channel, ∂L/∂p_k = a_c·t_k + b_c + q_c·p_k
     * (c the channel of k) — the form of every loss that depends on p only through per-channel sums
     * Σpt, Σp, Σp² — without building the C·H·W array of ∂L/∂p. Same numbers as building it.
     *
     * @param target t_k at flat index k (an array, read only: a per-element function call kept the
     *               loop from vectorising wherever the call did not inline to a plain load)
     */
    public void backpropagateAffine(double[] onTarget, double[] constant, double[] onProbability,
                                    double[] target, double scale, double[] gradient) {
        if (sigmoid) {
            sigmoidAffine(onTarget[0], constant[0], onProbability[0], target, scale, gradient);
        } else {
            softmaxAffine(onTarget, constant, onProbability, target, null, scale, gradient);
        }
    }

    /**
     * {@link #backpropagateAffine} for a one-hot target given by its labels, t_k = [label(pixel) = c],
     * softmax only: the same numbers without a C·H·W one-hot array.
     *
     * @param labels the class of every pixel (read only)
     */
    public void backpropagateAffineOnLabels(double[] onTarget, double[] constant, double[] onProbability,
                                            int[] labels, double scale, double[] gradient) {
        if (sigmoid) {
            throw new IllegalStateException("labels are a multiclass (softmax) target");
        }
        softmaxAffine(onTarget, constant, onProbability, null, labels, scale, gradient);
    }

    /**
     * Softmax only: gradient[c·n + start + i] += weight[i]·(p_c − [labels[start + i] = c]) for the tile
     * of pixels start … start + length − 1, every channel c — the chain rule of a weighted
     * cross-entropy, ∂(−w·ln p_y)/∂x_c = w·(p_c − [c = y]), without a C·H·W one-hot array. Whole
     * vectors of pixels go through {@link SoftmaxChainRule}, the same operations in the same order.
     *
     * @param weight w of pixel start + i at index i (read only)
     * @param labels the class of every pixel (read only)
     */
    public void addWeightedResidual(int start, int length, double[] weight, int[] labels, double[] gradient) {
        if (sigmoid) {
            throw new IllegalStateException("labels are a multiclass (softmax) target");
        }
        int channels = shape.channels();
        int n = shape.pixels();
        int done = Elementwise.vectorised()
                ? SoftmaxChainRule.weightedResidual(probability, channels, n, start, length, weight, labels, gradient)
                : 0;
        for (int c = 0; c < channels; c++) {
            for (int i = done, k = c * n + start + done; i < length; i++, k++) {
                gradient[k] += weight[i] * (probability[k] - (labels[start + i] == c ? 1 : 0));
            }
        }
    }

    // the binary and multiclass loops are separate methods so the JIT profiles and compiles each on its own

    private void sigmoidAffine(double a, double b, double q, double[] target, double scale,
                               double[] gradient) {
        for (int k = 0; k < probability.length; k++) {
            double d = a * target[k] + b + q * probability[k];
            gradient[k] += scale * d * probability[k] * complement[k];
        }
    }

    /**
     * t_k from {@code target} (flat index) or, if that is null, [labels[pixel] = c]. Per pixel
     * m = Σ_c p_c·d_c with d_c = a_c·t + b_c + q_c·p_c, then ∂L/∂x_c = p_c·(d_c − m). With labels the
     * whole vectors of pixels go through {@link SoftmaxChainRule} (the same operations in the same
     * order, so the same numbers; C2 left the label comparison scalar), the rest through the loops here.
     */
    private void softmaxAffine(double[] onTarget, double[] constant, double[] onProbability,
                               double[] target, int[] labels, double scale, double[] gradient) {
        int channels = shape.channels();
        int n = shape.pixels();
        double[] mean = new double[n];
        int done = labels != null && Elementwise.vectorised()
                ? SoftmaxChainRule.affineOnLabels(probability, channels, n, onTarget, constant, onProbability, labels,
                        scale, mean, gradient)
                : 0;
        for (int c = 0; c < channels; c++) {
            double a = onTarget[c];
            double b = constant[c];
            double q = onProbability[c];
            for (int i = done, k = c * n + done; i < n; i++, k++) {
                double t = target != null ? target[k] : (labels[i] == c ? 1.0 : 0.0);
                mean[i] += probability[k] * (a * t + b + q * probability[k]);
            }
        }
        for (int c = 0; c < channels; c++) {
            double a = onTarget[c];
            double b = constant[c];
            double q = onProbability[c];
            for (int i = done, k = c * n + done; i < n; i++, k++) {
                double t = target != null ? target[k] : (labels[i] == c ? 1.0 : 0.0);
                double d = a * t + b + q * probability[k];
                gradient[k] += scale * probability[k] * (d - mean[i]);
            }
        }
    }

    /**
     * Chain rule from probabilities to logits: adds {@code scale}·∂L/∂x to {@code gradient}, given
     * ∂L/∂p in {@code dLossDProbability} (both of the tensor's size).
     * Sigmoid: ∂p/∂x = p(1 − p). Softmax: ∂L/∂x_c = p_c (g_c − Σ_k p_k g_k) per pixel.
     */
    public void backpropagate(double[] dLossDProbability, double scale, double[] gradient) {
        if (sigmoid) {
            for (int k = 0; k < probability.length; k++) {
                gradient[k] += scale * dLossDProbability[k] * probability[k] * complement[k];
            }
        } else {
            softmaxBackward(dLossDProbability, scale, gradient);
        }
    }

    /**
     * Softmax only: {@link #backpropagate} for a ∂L/∂p that depends only on a pixel's label and the
     * channel, ∂L/∂p_c,i = table[labels[i]][c] (e.g. the Wasserstein Dice's ∂L/∂W·M[y][c]), without
     * the C·H·W array of it: the same numbers as building that array and backpropagating it.
     *
     * @param table  C × C: row = label, column = channel
     * @param labels the class of every pixel (read only)
     */
    public void backpropagateByLabel(double[][] table, int[] labels, double scale, double[] gradient) {
        if (sigmoid) {
            throw new IllegalStateException("labels are a multiclass (softmax) target");
        }
        int channels = shape.channels();
        int n = shape.pixels();
        double[][] columns = new double[channels][channels];
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < channels; y++) {
                columns[c][y] = table[y][c];
            }
        }
        double[] mean = new double[n];
        for (int c = 0; c < channels; c++) {
            double[] column = columns[c];
            for (int i = 0, k = c * n; i < n; i++, k++) {
                mean[i] += probability[k] * column[labels[i]];
            }
        }
        for (int c = 0; c < channels; c++) {
            double[] column = columns[c];
            for (int i = 0, k = c * n; i < n; i++, k++) {
                gradient[k] += scale * probability[k] * (column[labels[i]] - mean[i]);
            }
        }
    }

    private void softmaxBackward(double[] dLossDProbability, double scale, double[] gradient) {
        int channels = shape.channels();
        int n = shape.pixels();
        // channel by channel over contiguous pixels (see softmax()); same order of additions per pixel
        double[] mean = new double[n];
        for (int c = 0; c < channels; c++) {
            for (int i = 0, k = c * n; i < n; i++, k++) {
                mean[i] += probability[k] * dLossDProbability[k];
            }
        }
        for (int c = 0; c < channels; c++) {
            for (int i = 0, k = c * n; i < n; i++, k++) {
                gradient[k] += scale * probability[k] * (dLossDProbability[k] - mean[i]);
            }
        }
    }
}
