package org.losslens.core.loss.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.losslens.core.geometry.Mask;
import org.losslens.core.geometry.SignedDistance;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.distribution.DistancePenalisedCrossEntropy;
import org.losslens.core.tensor.Tensor;

/** GT-derived maps are cached per Target instance: reused for that target, never served for another. */
class GroundTruthDistanceCacheTest {

    @Test
    void sameTargetReturnsTheIdenticalMapsAcrossPredictionsAndParameters() {
        Random random = new Random(21);
        Target t = GeometryLossChecks.randomTarget(random, 8, 9);
        var signed = Boundary.signedDistance(t);
        var field = HausdorffDistanceTransform.targetField(t);
        var contour = ShapeAware.distanceToTargetContour(t);
        var penalty = DistancePenalisedCrossEntropy.penalty(t);
        for (double alpha : new double[] {0.5, 2, 4}) {
            Tensor x = GeometryLossChecks.randomLogits(random, t);
            LossInput input = LossInput.of(x, t);
            new Boundary().evaluate(input);
            new HausdorffDistanceTransform(alpha).evaluate(input);
            new ShapeAware().evaluate(input);
            new DistancePenalisedCrossEntropy().evaluate(input);
        }
        assertSame(signed, Boundary.signedDistance(t));
        assertSame(field, HausdorffDistanceTransform.targetField(t));
        assertSame(contour, ShapeAware.distanceToTargetContour(t));
        assertSame(penalty, DistancePenalisedCrossEntropy.penalty(t));
    }

    @Test
    void aNewTargetGetsItsOwnMaps() {
        Random random = new Random(22);
        Target first = GeometryLossChecks.randomTarget(random, 8, 9);
        double[] changed = first.oneHotCopy();
        changed[40] = 1 - changed[40];
        Target second = Target.binary(8, 9, changed);
        Target copy = Target.binary(8, 9, first.oneHotCopy());

        var firstMap = Boundary.signedDistance(first);
        var secondMap = Boundary.signedDistance(second);
        assertNotSame(firstMap, secondMap);
        assertArrayEquals(SignedDistance.of(Mask.of(8, 9, i -> changed[i] > 0.5)).toArray(), secondMap.toArray(), 0.0);
        assertArrayEquals(SignedDistance.of(Mask.of(8, 9, i -> first.oneHot(i) > 0.5)).toArray(),
                Boundary.signedDistance(first).toArray(), 0.0);
        // Keyed by instance, not by content: an equal target computes (and owns) its own map.
        assertNotSame(firstMap, Boundary.signedDistance(copy));
        assertArrayEquals(firstMap.toArray(), Boundary.signedDistance(copy).toArray(), 0.0);
        assertNotSame(HausdorffDistanceTransform.targetField(first), HausdorffDistanceTransform.targetField(second));
        assertNotSame(ShapeAware.distanceToTargetContour(first), ShapeAware.distanceToTargetContour(second));
        assertNotSame(DistancePenalisedCrossEntropy.penalty(first), DistancePenalisedCrossEntropy.penalty(second));
    }
}
