package org.losslens.core.geometry;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API loops behind {@link Pooling}; loaded only where {@code jdk.incubator.vector} is
 * resolved. Each returns the first index it did not process (the tail, under one vector, is the
 * caller's scalar loop).
 */
final class VectorPooling {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

    private VectorPooling() {
    }

    static int min3(double[] src, int a, int b, double[] dst, int from, int to) {
        int i = from;
        for (int bound = from + SPECIES.loopBound(to - from); i < bound; i += SPECIES.length()) {
            DoubleVector v = DoubleVector.fromArray(SPECIES, src, i);
            v.min(DoubleVector.fromArray(SPECIES, src, i + a)).min(DoubleVector.fromArray(SPECIES, src, i + b))
                    .intoArray(dst, i);
        }
        return i;
    }

    static int minWith(double[] dst, double[] src, int a, int b, int from, int to) {
        int i = from;
        for (int bound = from + SPECIES.loopBound(to - from); i < bound; i += SPECIES.length()) {
            DoubleVector v = DoubleVector.fromArray(SPECIES, dst, i);
            v.min(DoubleVector.fromArray(SPECIES, src, i + a).min(DoubleVector.fromArray(SPECIES, src, i + b)))
                    .intoArray(dst, i);
        }
        return i;
    }

    static int max3(double[] src, int a, int b, double[] dst, int from, int to) {
        int i = from;
        for (int bound = from + SPECIES.loopBound(to - from); i < bound; i += SPECIES.length()) {
            DoubleVector v = DoubleVector.fromArray(SPECIES, src, i + a);
            v.max(DoubleVector.fromArray(SPECIES, src, i)).max(DoubleVector.fromArray(SPECIES, src, i + b))
                    .intoArray(dst, i);
        }
        return i;
    }
}
