package org.losslens.core.descent;

/**
 * Gradient descent with momentum, as PyTorch's SGD(momentum=μ): v ← μ·v + g, x ← x − η·v
 * (v starts at 0, so the first step equals plain gradient descent).
 */
public final class Momentum implements Optimizer {

    private final double learningRate;
    private final double momentum;
    private double[] velocity;

    public Momentum(double learningRate, double momentum) {
        Checks.positive("learning rate", learningRate);
        Checks.fraction("momentum", momentum);
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    @Override
    public void apply(double[] parameters, double[] gradient) {
        if (velocity == null || velocity.length != parameters.length) {
            velocity = new double[parameters.length];
        }
        for (int k = 0; k < parameters.length; k++) {
            velocity[k] = momentum * velocity[k] + gradient[k];
            parameters[k] -= learningRate * velocity[k];
        }
    }

    @Override
    public Optimizer fresh() {
        return new Momentum(learningRate, momentum);
    }

    @Override
    public String label() {
        return "momentum η=" + learningRate + " μ=" + momentum;
    }
}
