package org.losslens.app.optimise;

import org.losslens.core.descent.Adam;
import org.losslens.core.descent.GradientDescent;
import org.losslens.core.descent.Momentum;
import org.losslens.core.descent.Optimizer;

/** The optimizers the Optimise tab offers, built by the core's {@code descent} package. */
public enum OptimizerKind {
    // Shown as the message "optimise.optimizer.NAME", so the choice is worded in the current language.
    PLAIN,
    MOMENTUM,
    ADAM;

    public Optimizer create(double learningRate) {
        return switch (this) {
            case PLAIN -> new GradientDescent(learningRate);
            case MOMENTUM -> new Momentum(learningRate, 0.9);
            case ADAM -> new Adam(learningRate);
        };
    }

    /**
     * A learning rate that moves a prediction of {@code pixels} pixels visibly in tens of steps. Mean-reduced
     * losses give each logit a gradient of order 1/pixels, so plain descent needs η of order pixels
     * (momentum about a tenth, as it accumulates ~10 steps); Adam normalises the gradient and moves every
     * logit by about η per step whatever its scale.
     */
    public double defaultLearningRate(int pixels) {
        return switch (this) {
            case PLAIN -> pixels;
            case MOMENTUM -> pixels / 10.0;
            case ADAM -> 0.1;
        };
    }
}
