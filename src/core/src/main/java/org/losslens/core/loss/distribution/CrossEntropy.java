package org.losslens.core.loss.distribution;

import org.losslens.core.activation.Activations;
import org.losslens.core.activation.Elementwise;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Multiclass cross-entropy with optional class weights, as PyTorch's CrossEntropyLoss:
 * L = Σ_i w_{y_i}·(−ln softmax(x_i)_{y_i}) / Σ_i w_{y_i},
 * ∂L/∂x_{c,i} = w_{y_i}·(p_{c,i} − [c = y_i]) / Σ_j w_{y_j}.
 * If every labelled pixel has weight 0 the loss is defined as 0 with a zero gradient (PyTorch gives NaN).
 * Only the ratios of the weights matter (they cancel between numerator and denominator), so they are
 * divided by the largest first: Σ_i w_{y_i} then lies in [1, N] whenever a pixel of the heaviest class
 * is present, and neither overflows ([1e308, 1e308] summed over pixels) nor underflows ([5e-324, 5e-324]
 * whose products with the per-pixel terms round to subnormals), so value and gradient stay the
 * unweighted ones for equal weights.
 */
public final class CrossEntropy implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("ce", Mode.MULTICLASS, Family.DISTRIBUTION)
            .title("Cross-entropy")
            .summary("Mean negative log-probability of each pixel's true class under the softmax; class weights "
                    + "re-balance rare classes (the mean is then a weighted mean).")
            .reference("PyTorch CrossEntropyLoss(weight)")
            .param(ParamSpec.classWeights("class_weights",
                    "one weight per class (null = all ones); the mean is normalised by the summed weights"))
            .factory(p -> new CrossEntropy(p.classWeights("class_weights")))
            .build();

    private final double[] classWeights;

    /** @param classWeights one non-negative weight per class, or null for all ones */
    public CrossEntropy(double[] classWeights) {
        this.classWeights = classWeights == null ? null : relativeToLargest(classWeights);
    }

    private static double[] relativeToLargest(double[] weights) {
        double largest = 0;
        for (double w : weights) {
            largest = Math.max(largest, w);
        }
        double[] relative = weights.clone();
        if (largest > 0) {
            for (int c = 0; c < relative.length; c++) {
                relative[c] /= largest;
            }
        }
        return relative;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        int n = input.pixels();
        int channels = input.channels();
        if (classWeights != null && classWeights.length != channels) {
            throw new IllegalArgumentException("class_weights has " + classWeights.length + " entries for "
                    + channels + " classes");
        }
        double weightSum = 0;
        double sum = 0;
        double[] logProbabilityOfLabel = a.logProbabilityAt(t::label);
        for (int i = 0; i < n; i++) {
            int y = t.label(i);
            double w = weight(y);
            weightSum += w;
            sum -= w * logProbabilityOfLabel[i];
        }
        if (weightSum == 0) {
            return 0;
        }
        // channel by channel over contiguous pixels (the layout is C × H·W), per tile of pixels whose
        // weights sit in an L1-sized buffer; every gradient entry gets the same single update as before
        int[] labels = t.labelValues();
        int tile = Math.min(Elementwise.TILE, n);
        double[] pixelWeight = new double[tile];
        for (int start = 0; start < n; start += tile) {
            int length = Math.min(tile, n - start);
            for (int i = 0; i < length; i++) {
                pixelWeight[i] = scale * weight(labels[start + i]) / weightSum;
            }
            a.addWeightedResidual(start, length, pixelWeight, labels, gradient);
        }
        return sum / weightSum;
    }

    private double weight(int label) {
        return classWeights == null ? 1.0 : classWeights[label];
    }
}
