package org.losslens.core.activation;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API loops behind {@link Elementwise}; loaded only where {@code jdk.incubator.vector} is
 * resolved. The tail of each range (fewer than one vector) runs through the scalar loops, and so does
 * a whole vector with a lane outside what {@link VectorTranscendentals} covers (see there why).
 */
final class VectorElementwise {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private VectorElementwise() {
    }

    /**
     * At least 4 lanes (on narrower or emulated vectors the scalar intrinsics are as fast), and long
     * vectors as wide as the double ones: {@link VectorTranscendentals} works on the bits of its
     * doubles as longs and uses fused multiply-adds. Both hold with AVX2 or AVX-512 (every x86 CPU with
     * AVX2 has FMA); with AVX alone the 256-bit long operations and {@code fma} would run as the API's
     * slow Java fallback.
     */
    static boolean worthwhile() {
        return SPECIES.length() >= 4 && LongVector.SPECIES_PREFERRED.vectorBitSize() >= SPECIES.vectorBitSize();
    }

    /** {@link Elementwise#sigmoid} over the whole vectors of x[0, length); returns how many elements it did. */
    static int sigmoid(double[] x, int length, double[] p, double[] q, int at) {
        DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
        int i = 0;
        for (int bound = SPECIES.loopBound(length); i < bound; i += SPECIES.length()) {
            DoubleVector logit = DoubleVector.fromArray(SPECIES, x, i);
            DoubleVector argument = logit.abs().neg();
            if (!argument.compare(VectorOperators.GE, -VectorTranscendentals.EXP_LIMIT)
                    .or(argument.compare(VectorOperators.LT, VectorTranscendentals.UNDERFLOW)).allTrue()) {
                Elementwise.scalarSigmoid(x, i, i + SPECIES.length(), p, q, at); // 707 < |x| ≤ 745 or NaN
                continue;
            }
            DoubleVector e = VectorTranscendentals.exp(argument);
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
            if (!ratio.compare(VectorOperators.GE, 0.0).allTrue()) {
                Elementwise.scalarLogSigmoid(x, i, i + SPECIES.length(), p, q, logP, logQ, at); // NaN
                continue;
            }
            DoubleVector l = VectorTranscendentals.log1p(ratio);
            logit.neg().max(0.0).add(l).neg().intoArray(logP, at + i);
            logit.max(0.0).add(l).neg().intoArray(logQ, at + i);
        }
        return i;
    }

    /** {@link Elementwise#softmax} over the whole vectors of the tile's pixels; returns how many pixels it did. */
    static int softmax(double[] x, int stride, int channels, int length, double[] max, double[] p,
                       double[] normaliser, int pixels, int at) {
        int bound = SPECIES.loopBound(length);
        int step = SPECIES.length();
        for (int i = 0; i < bound; i += step) {
            DoubleVector m = DoubleVector.fromArray(SPECIES, x, i);
            for (int c = 1; c < channels; c++) {
                m = m.max(DoubleVector.fromArray(SPECIES, x, c * stride + i)); // Math.max, lane by lane
            }
            m.intoArray(max, i);
        }
        for (int c = 0; c < channels; c++) {
            int offset = c * pixels + at;
            for (int i = 0; i < bound; i += step) {
                DoubleVector shiftedLogit = DoubleVector.fromArray(SPECIES, x, c * stride + i)
                        .sub(DoubleVector.fromArray(SPECIES, max, i));
                if (shiftedLogit.compare(VectorOperators.GE, -VectorTranscendentals.EXP_LIMIT)
                        .or(shiftedLogit.compare(VectorOperators.LT, VectorTranscendentals.UNDERFLOW)).allTrue()) {
                    VectorTranscendentals.exp(shiftedLogit).intoArray(p, offset + i);
                } else {
                    // a channel 707 to 745 below the maximum (or a NaN): Math.exp, element by element
                    shiftedLogit.intoArray(p, offset + i);
                    Elementwise.scalarExp(p, offset + i, offset + i + step);
                }
                DoubleVector e = DoubleVector.fromArray(SPECIES, p, offset + i);
                DoubleVector sum = c == 0 ? e : DoubleVector.fromArray(SPECIES, normaliser, at + i).add(e);
                sum.intoArray(normaliser, at + i);
            }
        }
        for (int c = 0; c < channels; c++) {
            int offset = c * pixels + at;
            for (int i = 0; i < bound; i += step) {
                DoubleVector.fromArray(SPECIES, p, offset + i).div(DoubleVector.fromArray(SPECIES, normaliser, at + i))
                        .intoArray(p, offset + i);
            }
        }
        return bound;
    }

    static void exp(double[] a, int from, int to) {
        int k = from;
        for (int bound = from + SPECIES.loopBound(to - from); k < bound; k += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, k);
            if (x.compare(VectorOperators.LE, VectorTranscendentals.EXP_LIMIT)
                    .and(x.compare(VectorOperators.GE, -VectorTranscendentals.EXP_LIMIT)
                            .or(x.compare(VectorOperators.LT, VectorTranscendentals.UNDERFLOW))).allTrue()) {
                VectorTranscendentals.exp(x).intoArray(a, k);
            } else {
                Elementwise.scalarExp(a, k, k + SPECIES.length());
            }
        }
        Elementwise.scalarExp(a, k, to);
    }

    static void expm1(double[] a, int from, int to) {
        int k = from;
        for (int bound = from + SPECIES.loopBound(to - from); k < bound; k += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, k);
            if (x.compare(VectorOperators.LE, VectorTranscendentals.EXP_LIMIT).allTrue()) {
                VectorTranscendentals.expm1(x).intoArray(a, k);
            } else {
                Elementwise.scalarExpm1(a, k, k + SPECIES.length());
            }
        }
        Elementwise.scalarExpm1(a, k, to);
    }

    static void log(double[] a, int from, int to) {
        int k = from;
        for (int bound = from + SPECIES.loopBound(to - from); k < bound; k += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, k);
            if (x.compare(VectorOperators.GE, Double.MIN_NORMAL).or(x.compare(VectorOperators.EQ, 0.0))
                    .and(x.compare(VectorOperators.LE, Double.MAX_VALUE)).allTrue()) {
                VectorTranscendentals.log(x).intoArray(a, k);
            } else {
                Elementwise.scalarLog(a, k, k + SPECIES.length());
            }
        }
        Elementwise.scalarLog(a, k, to);
    }

    static void log1p(double[] a, int from, int to) {
        int k = from;
        for (int bound = from + SPECIES.loopBound(to - from); k < bound; k += SPECIES.length()) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, k);
            if (x.compare(VectorOperators.GT, VectorTranscendentals.LOG1P_LOW)
                    .and(x.compare(VectorOperators.LE, VectorTranscendentals.LOG1P_HIGH)).allTrue()) {
                VectorTranscendentals.log1p(x).intoArray(a, k);
            } else {
                Elementwise.scalarLog1p(a, k, k + SPECIES.length());
            }
        }
        Elementwise.scalarLog1p(a, k, to);
    }
}
