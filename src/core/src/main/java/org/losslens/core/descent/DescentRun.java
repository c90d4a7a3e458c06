package org.losslens.core.descent;

import org.losslens.core.activation.Activations;
import org.losslens.core.activation.Elementwise;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.Target;
import org.losslens.core.metrics.SegmentationScore;
import org.losslens.core.synthesis.GaussianBlur;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * Gradient descent on the prediction's logits themselves under one loss: what a loss would do to a
 * prediction if every logit were a free parameter. Not thread-safe: one run belongs to one worker.
 *
 * <p>Optional smoothing: real networks cannot move one pixel alone — neighbouring outputs share
 * weights — so pixel-independent descent can look unlike training. With σ &gt; 0 each step's gradient
 * is blurred per channel by a Gaussian of that σ (pixels) before the optimizer sees it, a crude
 * stand-in for that coupling. It is off (σ = 0) by default; the loss curve then is exact descent.
 */
public final class DescentRun {

    private final Tensor start;
    private final Target target;
    private Loss loss;
    private Optimizer optimizer;
    private double smoothingSigma;
    private double[] logits;
    private int steps;
    private Tensor lastGradient;
    /** σ(−x), the sigmoid's second output, which {@link #probability()} does not need. */
    private double[] complementScratch;

    public DescentRun(Tensor startLogits, Target target, Loss loss, Optimizer optimizer, double smoothingSigma) {
        LossInput.of(startLogits, target); // validates shapes and mode now, not at the first step
        this.start = startLogits;
        this.target = target;
        this.loss = loss;
        this.optimizer = optimizer.fresh();
        setSmoothing(smoothingSigma);
        this.logits = startLogits.toArray();
    }

    /**
     * Computes the loss at the current logits, then moves them one optimizer step.
     *
     * @return the loss and scores before the move
     */
    public StepRecord step() {
        LossInput input = LossInput.of(current(), target);
        LossResult result = loss.evaluate(input);
        lastGradient = result.gradient();
        double[] gradient = result.gradient().toArray();
        if (smoothingSigma > 0) {
            gradient = smooth(gradient, result.gradient().shape());
        }
        SegmentationScore score = SegmentationScore.of(input);
        optimizer.apply(logits, gradient);
        return new StepRecord(steps++, result.value(), score.dice(), score.iou());
    }

    /** The logits now (after the steps taken so far). */
    public Tensor current() {
        return Tensor.of(start.shape(), logits);
    }

    /**
     * p at the logits now, per element (sigmoid for one channel, softmax over channels otherwise): what
     * the next step's loss will see, e.g. for a view of the run. The sigmoid runs straight on the run's
     * logits through the core's vector pass: a scalar exponential per pixel made a 4-panel view's
     * frame cost as much as the four descent steps (≈ 470 of ≈ 1070 µs per step at 128²).
     */
    public double[] probability() {
        Shape shape = start.shape();
        double[] p = new double[logits.length];
        if (shape.channels() == 1) {
            if (complementScratch == null) {
                complementScratch = new double[logits.length];
            }
            Elementwise.sigmoid(logits, logits.length, p, complementScratch, 0);
        } else {
            Activations softmax = Activations.softmax(current());
            for (int k = 0; k < p.length; k++) {
                p[k] = softmax.probability(k);
            }
        }
        return p;
    }

    public int steps() {
        return steps;
    }

    /** ∂L/∂logits that drove the last step (before any smoothing), or null before the first step. */
    public Tensor lastGradient() {
        return lastGradient;
    }

    /** Back to the starting logits with fresh optimizer state. */
    public void reset() {
        logits = start.toArray();
        optimizer = optimizer.fresh();
        steps = 0;
        lastGradient = null;
    }

    /** A changed loss (e.g. a moved parameter) applies from the next step on. */
    public void setLoss(Loss changed) {
        loss = changed;
    }

    /** A changed optimizer applies from the next step on, with fresh state. */
    public void setOptimizer(Optimizer changed) {
        optimizer = changed.fresh();
    }

    public void setSmoothing(double sigma) {
        if (!(sigma >= 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("smoothing σ must be a finite number >= 0, got " + sigma);
        }
        smoothingSigma = sigma;
    }

    private double[] smooth(double[] gradient, Shape shape) {
        int n = shape.pixels();
        double[] out = new double[gradient.length];
        double[] channel = new double[n];
        for (int c = 0; c < shape.channels(); c++) {
            System.arraycopy(gradient, c * n, channel, 0, n);
            System.arraycopy(GaussianBlur.blur(shape.height(), shape.width(), channel, smoothingSigma), 0, out, c * n, n);
        }
        return out;
    }
}
