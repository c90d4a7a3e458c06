package org.losslens.core.activation;

import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * Probabilities and log-probabilities of one set of logits, computed once and shared by every loss.
 *
 * <p>Binary (sigmoid): p = σ(x), its complement 1 − p = σ(−x), ln p = −softplus(−x) and
 * ln(1 − p) = −softplus(x) — each from the logit directly, so nothing cancels or overflows.
 * Multiclass (softmax over channels): log-softmax by the log-sum-exp trick, p = exp(log p).
 */
public final class Activations {

    private final boolean sigmoid;
    private final Shape shape;
    private final Tensor logits;
    private final double[] probability;
    private final double[] logProbability;
    /** Binary only: 1 − p and ln(1 − p). */
    private final double[] complement;
    private final double[] logComplement;

    private Activations(boolean sigmoid, Tensor logits) {
        this.sigmoid = sigmoid;
        this.logits = logits;
        this.shape = logits.shape();
        int size = shape.size();
        probability = new double[size];
        logProbability = new double[size];
        if (sigmoid) {
            complement = new double[size];
            logComplement = new double[size];
            for (int k = 0; k < size; k++) {
                // one exponential and one log1p give all four: with e = exp(−|x|),
                // σ(|x|) = 1/(1 + e), σ(−|x|) = e/(1 + e), ln σ(±x) = −(max(∓x, 0) + ln(1 + e))
                double x = logits.get(k);
                double e = Math.exp(-Math.abs(x));
                double large = 1 / (1 + e);
                double small = e * large;
                double log1pe = Math.log1p(e);
                probability[k] = x >= 0 ? large : small;
                complement[k] = x >= 0 ? small : large;
                logProbability[k] = -(Math.max(-x, 0) + log1pe);
                logComplement[k] = -(Math.max(x, 0) + log1pe);
            }
        } else {
            complement = null;
            logComplement = null;
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

    private void softmax() {
        int channels = shape.channels();
        int n = shape.pixels();
        for (int i = 0; i < n; i++) {
            // log-sum-exp with the maximum factored out; the shifted exponentials serve both outputs
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < channels; c++) {
                max = Math.max(max, logits.get(c * n + i));
            }
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                int k = c * n + i;
                probability[k] = Math.exp(logits.get(k) - max);
                sum += probability[k];
            }
            double logSum = Math.log(sum);
            for (int c = 0; c < channels; c++) {
                int k = c * n + i;
                probability[k] /= sum;
                logProbability[k] = logits.get(k) - max - logSum;
            }
        }
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

    public double logProbability(int k) {
        return logProbability[k];
    }

    /** Binary only: 1 − p = σ(−x), accurate also where p rounds to 1. */
    public double complement(int k) {
        return complement[k];
    }

    /** Binary only: ln(1 − p) = ln σ(−x). */
    public double logComplement(int k) {
        return logComplement[k];
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
            return;
        }
        int channels = shape.channels();
        int n = shape.pixels();
        for (int i = 0; i < n; i++) {
            double mean = 0;
            for (int c = 0; c < channels; c++) {
                mean += probability[c * n + i] * dLossDProbability[c * n + i];
            }
            for (int c = 0; c < channels; c++) {
                int k = c * n + i;
                gradient[k] += scale * probability[k] * (dLossDProbability[k] - mean);
            }
        }
    }
}
