package org.losslens.core.descent;

/**
 * Adam (Kingma &amp; Ba 2015, Algorithm 1), as PyTorch's Adam without weight decay:
 * m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², x ← x − η·m̂ / (√v̂ + ε) with the bias corrections
 * m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ). Its per-parameter scaling makes every pixel move at a similar
 * speed whatever the loss's gradient scale — one reason losses look alike under Adam.
 */
public final class Adam implements Optimizer {

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private double[] first;
    private double[] second;
    private int steps;

    public Adam(double learningRate) {
        this(learningRate, 0.9, 0.999, 1e-8);
    }

    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        Checks.positive("learning rate", learningRate);
        Checks.fraction("beta1", beta1);
        Checks.fraction("beta2", beta2);
        Checks.positive("epsilon", epsilon);
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void apply(double[] parameters, double[] gradient) {
        if (first == null || first.length != parameters.length) {
            first = new double[parameters.length];
            second = new double[parameters.length];
            steps = 0;
        }
        steps++;
        double correction1 = 1 - Math.pow(beta1, steps);
        double correction2 = 1 - Math.pow(beta2, steps);
        for (int k = 0; k < parameters.length; k++) {
            double g = gradient[k];
            first[k] = beta1 * first[k] + (1 - beta1) * g;
            second[k] = beta2 * second[k] + (1 - beta2) * g * g;
            double mHat = first[k] / correction1;
            double vHat = second[k] / correction2;
            parameters[k] -= learningRate * mHat / (Math.sqrt(vHat) + epsilon);
        }
    }

    @Override
    public Optimizer fresh() {
        return new Adam(learningRate, beta1, beta2, epsilon);
    }

    @Override
    public String label() {
        return "Adam η=" + learningRate;
    }
}
