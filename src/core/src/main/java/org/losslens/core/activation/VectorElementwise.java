package org.losslens.core.activation;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API loops behind {@link Elementwise}; loaded only where {@code jdk.incubator.vector} is
 * resolved. The tail of each range (fewer than one vector) runs through the scalar loops.
 */
final class VectorElementwise {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private VectorElementwise() {
    }

    /** At least 4 lanes: on narrower (or emulated) vectors the scalar intrinsics are as fast. */
    static boolean worthwhile() {
        return SPECIES.length() >= 4;
    }

    /** {@link Elementwise#sigmoid} over the whole vectors of x[0, length); returns how many elements it did. */
    static int sigmoid(double[] x, int length, double[] p, double[] q, int at) {
        DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
        int i = 0;
        for (int bound = SPECIES.loopBound(length); i < bound; i += SPECIES.length()) {
            DoubleVector logit = DoubleVector.fromArray(SPECIES, x, i);
            DoubleVector e = logit.abs().neg().lanewise(VectorOperators.EXP);
            DoubleVector large = one.div(one.add(e));
            DoubleVector small = e.mul(large);
            VectorMask<Double> positive = logit.compare(VectorOperators.GE, 0.0);
            small.blend(large, positive).intoArray(p, at + i);
            large.blend(small, positive).intoArray(q, at + i);
        }
        return i;
    }

    /** {@link Elementwise#logSigmoid} over the whole vectors of x[0, length); returns how many elements it did. */
    static int logSigmoid(double[] x, int length, double[] p, double[] q, double[] logP, double[] logQ, int at) {
        int i = 0;
        for (int bound = SPECIES.loopBound(length); i < bound; i += SPECIES.length()) {
            DoubleVector logit = DoubleVector.fromArray(SPECIES, x, i);
            DoubleVector probability = DoubleVector.fromArray(SPECIES, p, at + i);
            DoubleVector complement = DoubleVector.fromArray(SPECIES, q, at + i);
            VectorMask<Double> positive = logit.compare(VectorOperators.GE, 0.0);
            DoubleVector ratio = probability.div(complement).blend(complement.div(probability), positive);
            DoubleVector l = ratio.lanewise(VectorOperators.LOG1P);
            logit.neg().max(0.0).add(l).neg().intoArray(logP, at + i);
            logit.max(0.0).add(l).neg().intoArray(logQ, at + i);
        }
        return i;
    }

    static void exp(double[] a, int from, int to) {
        int k = from;
        for (int bound = from + SPECIES.loopBound(to - from); k < bound; k += SPECIES.length()) {
            DoubleVector.fromArray(SPECIES, a, k).lanewise(VectorOperators.EXP).intoArray(a, k);
        }
        Elementwise.scalarExp(a, k, to);
    }

    static void expm1(double[] a, int from, int to) {
        int k = from;
        for (int bound = from + SPECIES.loopBound(to - from); k < bound; k += SPECIES.length()) {
            DoubleVector.fromArray(SPECIES, a, k).lanewise(VectorOperators.EXPM1).intoArray(a, k);
        }
        Elementwise.scalarExpm1(a, k, to);
    }

    static void log(double[] a, int from, int to) {
        int k = from;
        for (int bound = from + SPECIES.loopBound(to - from); k < bound; k += SPECIES.length()) {
            DoubleVector.fromArray(SPECIES, a, k).lanewise(VectorOperators.LOG).intoArray(a, k);
        }
        Elementwise.scalarLog(a, k, to);
    }

    static void log1p(double[] a, int from, int to) {
        int k = from;
        for (int bound = from + SPECIES.loopBound(to - from); k < bound; k += SPECIES.length()) {
            DoubleVector.fromArray(SPECIES, a, k).lanewise(VectorOperators.LOG1P).intoArray(a, k);
        }
        Elementwise.scalarLog1p(a, k, to);
    }
}
