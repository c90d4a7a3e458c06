package org.losslens.core.descent;

/** Plain gradient descent: x ← x − η·g. */
public record GradientDescent(double learningRate) implements Optimizer {

    public GradientDescent {
        Checks.positive("learning rate", learningRate);
    }

    @Override
    public void apply(double[] parameters, double[] gradient) {
        for (int k = 0; k < parameters.length; k++) {
            parameters[k] -= learningRate * gradient[k];
        }
    }

    @Override
    public Optimizer fresh() {
        return this;
    }

    @Override
    public String label() {
        return "gradient descent η=" + learningRate;
    }
}
