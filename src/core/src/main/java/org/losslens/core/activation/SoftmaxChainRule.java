package org.losslens.core.activation;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API loops of the softmax chain rule on a labelled target: for an affine ∂L/∂p
 * ({@link Activations#backpropagateAffineOnLabels}) and for a weighted cross-entropy
 * ({@link Activations#addWeightedResidual}); loaded only where {@code jdk.incubator.vector} is in
 * use ({@link Elementwise#vectorised()}). The one-hot value t = [label = c] is a lane mask of the labels
 * compared with c, blended into 0 or 1, so the arithmetic is that of the scalar loop, lane by lane.
 */
final class SoftmaxChainRule {

    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** As many int lanes as {@link #DOUBLES} has double lanes, so a label mask casts to a double mask. */
    private static final VectorSpecies<Integer> LABELS =
            VectorSpecies.of(int.class, VectorShape.forBitSize(DOUBLES.vectorBitSize() / 2));

    private SoftmaxChainRule() {
    }

    /**
     * Over the whole vectors of pixels: mean[i] = Σ_c p_c·d_c (in channel order, onto mean's zeros) with
     * d_c = a_c·t + b_c + q_c·p_c, then gradient[k] += scale·p_c·(d_c − mean[i]); returns how many
     * pixels it did (the caller's scalar loops do the rest).
     */
    static int affineOnLabels(double[] probability, int channels, int n, double[] onTarget, double[] constant,
                              double[] onProbability, int[] labels, double scale, double[] mean,
                              double[] gradient) {
        int bound = DOUBLES.loopBound(n);
        int step = DOUBLES.length();
        for (int c = 0; c < channels; c++) {
            for (int i = 0, k = c * n; i < bound; i += step, k += step) {
                DoubleVector p = DoubleVector.fromArray(DOUBLES, probability, k);
                DoubleVector d = affine(p, labels, i, c, onTarget, constant, onProbability);
                DoubleVector.fromArray(DOUBLES, mean, i).add(p.mul(d)).intoArray(mean, i);
            }
        }
        for (int c = 0; c < channels; c++) {
            for (int i = 0, k = c * n; i < bound; i += step, k += step) {
                DoubleVector p = DoubleVector.fromArray(DOUBLES, probability, k);
                DoubleVector d = affine(p, labels, i, c, onTarget, constant, onProbability);
                DoubleVector.fromArray(DOUBLES, gradient, k)
                        .add(p.mul(scale).mul(d.sub(DoubleVector.fromArray(DOUBLES, mean, i))))
                        .intoArray(gradient, k);
            }
        }
        return bound;
    }

    /**
     * Over the whole vectors of the tile's pixels i &lt; length (pixel start + i):
     * gradient[c·n + start + i] += weight[i]·(p − t), t = [label = c]; returns how many pixels it did.
     */
    static int weightedResidual(double[] probability, int channels, int n, int start, int length,
                                double[] weight, int[] labels, double[] gradient) {
        int bound = DOUBLES.loopBound(length);
        int step = DOUBLES.length();
        DoubleVector zero = DoubleVector.zero(DOUBLES);
        for (int c = 0; c < channels; c++) {
            int offset = c * n + start;
            for (int i = 0; i < bound; i += step) {
                DoubleVector t = zero.blend(1.0, isLabel(labels, start + i, c));
                DoubleVector p = DoubleVector.fromArray(DOUBLES, probability, offset + i);
                DoubleVector.fromArray(DOUBLES, gradient, offset + i)
                        .add(DoubleVector.fromArray(DOUBLES, weight, i).mul(p.sub(t)))
                        .intoArray(gradient, offset + i);
            }
        }
        return bound;
    }

    /** d_c = a_c·t + b_c + q_c·p of the pixels from i on, t = [label = c], in the scalar loop's order. */
    private static DoubleVector affine(DoubleVector p, int[] labels, int i, int c, double[] onTarget,
                                       double[] constant, double[] onProbability) {
        DoubleVector t = DoubleVector.zero(DOUBLES).blend(1.0, isLabel(labels, i, c));
        return t.mul(onTarget[c]).add(constant[c]).add(p.mul(onProbability[c]));
    }

    private static VectorMask<Double> isLabel(int[] labels, int i, int c) {
        return IntVector.fromArray(LABELS, labels, i).compare(VectorOperators.EQ, c).cast(DOUBLES);
    }
}
