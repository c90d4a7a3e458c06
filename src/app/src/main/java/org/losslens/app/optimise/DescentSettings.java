package org.losslens.app.optimise;

/**
 * How every panel descends: the optimizer and its learning rate, and the optional smoothing σ of the
 * gradient (0 = off, exact pixel-wise descent; see the core's {@code DescentRun}).
 */
public record DescentSettings(OptimizerKind optimizer, double learningRate, double smoothingSigma) {

    public DescentSettings {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        }
        if (!(smoothingSigma >= 0) || !Double.isFinite(smoothingSigma)) {
            throw new IllegalArgumentException("smoothing σ must be >= 0, got " + smoothingSigma);
        }
    }
}
