package org.losslens.core.geometry;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API loops behind {@link Pooling}; loaded only where {@code jdk.incubator.vector} is
 * resolved. Each returns the first index it did not process (the tail, under one vector, is the
 * caller's scalar loop).
 */
final class VectorPooling {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    /** Ints, as many lanes as {@link #SPECIES} (half its bits): the pixel indices of a vector of doubles. */
    private static final VectorSpecies<Integer> INDICES =
            VectorSpecies.of(int.class, VectorShape.forBitSize(SPECIES.vectorBitSize() / 2));

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

    /**
     * The traced erosion of {@code SoftSkeleton} for pixels whose four neighbours all lie in the image
     * (an inner row, not its first or last column): the same minimum and the same selections as its
     * scalar loop, lane by lane — the first minimum of (up, self, down) and of (left, self, right)
     * (strict comparisons, so a tie keeps the earlier), the horizontal one where it is smaller, a tie
     * recorded as the horizontal direction; coded winner + 5·tie as {@code SoftSkeleton} reads it.
     */
    static int erodeWithCodes(double[] image, double[] out, int[] codes, int width, int from, int to) {
        IntVector up = IntVector.broadcast(INDICES, SoftSkeleton.UP);
        IntVector left = IntVector.broadcast(INDICES, SoftSkeleton.LEFT);
        IntVector same = IntVector.broadcast(INDICES, SoftSkeleton.SELF);
        IntVector right = IntVector.broadcast(INDICES, SoftSkeleton.RIGHT);
        IntVector down = IntVector.broadcast(INDICES, SoftSkeleton.DOWN);
        IntVector none = IntVector.zero(INDICES);
        int i = from;
        for (int bound = from + SPECIES.loopBound(to - from); i < bound; i += SPECIES.length()) {
            DoubleVector self = DoubleVector.fromArray(SPECIES, image, i);
            DoubleVector upValue = DoubleVector.fromArray(SPECIES, image, i - width);
            DoubleVector downValue = DoubleVector.fromArray(SPECIES, image, i + width);
            DoubleVector leftValue = DoubleVector.fromArray(SPECIES, image, i - 1);
            DoubleVector rightValue = DoubleVector.fromArray(SPECIES, image, i + 1);
            self.min(upValue).min(downValue).min(leftValue).min(rightValue).intoArray(out, i);
            IntVector v = up.blend(same, cast(self.lt(upValue)));
            DoubleVector vValue = self.min(upValue);
            v = v.blend(down, cast(downValue.lt(vValue)));
            vValue = vValue.min(downValue);
            IntVector h = left.blend(same, cast(self.lt(leftValue)));
            DoubleVector hValue = self.min(leftValue);
            h = h.blend(right, cast(rightValue.lt(hValue)));
            hValue = hValue.min(rightValue);
            IntVector tie = none.blend(h, cast(hValue.eq(vValue)));
            v.blend(h, cast(hValue.lt(vValue))).add(tie.mul(5)).intoArray(codes, i);
        }
        return i;
    }

    /**
     * The row pass of the traced dilation for pixels with both row neighbours in the image: the first
     * maximum of (left, self, right) (strict comparisons), coded 0, 1, 2, and its value, as the scalar loop.
     */
    static int rowMaxima(double[] image, int[] rowCodes, double[] rowMaxima, int from, int to) {
        IntVector left = IntVector.zero(INDICES);
        IntVector same = IntVector.broadcast(INDICES, 1);
        IntVector right = IntVector.broadcast(INDICES, 2);
        int i = from;
        for (int bound = from + SPECIES.loopBound(to - from); i < bound; i += SPECIES.length()) {
            DoubleVector leftValue = DoubleVector.fromArray(SPECIES, image, i - 1);
            DoubleVector self = DoubleVector.fromArray(SPECIES, image, i);
            DoubleVector rightValue = DoubleVector.fromArray(SPECIES, image, i + 1);
            IntVector best = left.blend(same, cast(self.compare(VectorOperators.GT, leftValue)));
            DoubleVector bestValue = self.max(leftValue);
            best.blend(right, cast(rightValue.compare(VectorOperators.GT, bestValue))).intoArray(rowCodes, i);
            bestValue.max(rightValue).intoArray(rowMaxima, i);
        }
        return i;
    }

    /**
     * The column pass of the traced dilation on an inner row: the top-most of the three rows' first
     * maxima (strict comparisons), coded 3·row + column, as the scalar loop.
     */
    static int columnCodes(int[] rowCodes, double[] rowMaxima, int[] codes, int width, int from, int to) {
        int i = from;
        for (int bound = from + SPECIES.loopBound(to - from); i < bound; i += SPECIES.length()) {
            DoubleVector upValue = DoubleVector.fromArray(SPECIES, rowMaxima, i - width);
            DoubleVector middleValue = DoubleVector.fromArray(SPECIES, rowMaxima, i);
            DoubleVector downValue = DoubleVector.fromArray(SPECIES, rowMaxima, i + width);
            IntVector best = IntVector.fromArray(INDICES, rowCodes, i - width)
                    .blend(IntVector.fromArray(INDICES, rowCodes, i).add(3),
                            cast(middleValue.compare(VectorOperators.GT, upValue)));
            DoubleVector bestValue = upValue.max(middleValue);
            best.blend(IntVector.fromArray(INDICES, rowCodes, i + width).add(6),
                    cast(downValue.compare(VectorOperators.GT, bestValue))).intoArray(codes, i);
        }
        return i;
    }

    /**
     * The backward pass through skel_k = s + relu(δ − s·δ) (SoftSkeleton): where δ − s·δ &gt; 0,
     * dδ = dskel·(1 − s) and dskel −= dskel·δ; elsewhere dδ = 0 and dskel stays. The scalar loop
     * multiplies by a 0/1 mask instead, which differs from this only in the sign of a zero.
     */
    static int skeletonStepBackward(double[] delta, double[] previous, double[] dSkel, double[] dDelta, int n) {
        DoubleVector zero = DoubleVector.zero(SPECIES);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            DoubleVector d = DoubleVector.fromArray(SPECIES, delta, i);
            DoubleVector s = DoubleVector.fromArray(SPECIES, previous, i);
            DoubleVector g = DoubleVector.fromArray(SPECIES, dSkel, i);
            VectorMask<Double> on = d.sub(s.mul(d)).compare(VectorOperators.GT, 0.0);
            zero.blend(g.mul(DoubleVector.broadcast(SPECIES, 1.0).sub(s)), on).intoArray(dDelta, i);
            g.sub(g.mul(d), on).intoArray(dSkel, i);
        }
        return i;
    }

    /**
     * dImage = 0.0 + dδ where δ &gt; 0, else 0.0 (SoftSkeleton's relu backward): a blend, no branch. The
     * scalar loop multiplies by a 0/1 mask instead, which differs from this only in the sign of a zero
     * before the 0.0 + (none after it).
     */
    static int residueGradient(double[] delta, double[] dDelta, double[] dImage, int n) {
        DoubleVector zero = DoubleVector.zero(SPECIES);
        int i = 0;
        for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
            VectorMask<Double> on = DoubleVector.fromArray(SPECIES, delta, i).compare(VectorOperators.GT, 0.0);
            zero.add(zero.blend(DoubleVector.fromArray(SPECIES, dDelta, i), on)).intoArray(dImage, i);
        }
        return i;
    }

    private static VectorMask<Integer> cast(VectorMask<Double> mask) {
        return mask.cast(INDICES);
    }
}
