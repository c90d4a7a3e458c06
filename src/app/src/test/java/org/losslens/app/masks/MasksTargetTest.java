package org.losslens.app.masks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.losslens.app.multiclass.MulticlassExample;
import org.losslens.core.loss.Target;

/** One core target (and so one set of GT facts) per ground-truth version once built: the live loop relies on it. */
class MasksTargetTest {

    private static double[] ramp(int n, double scale) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = scale * i / n;
        }
        return p;
    }

    private static double[] disc(int size) {
        double[] gt = new double[size * size];
        for (int i = 0; i < gt.length; i++) {
            gt[i] = Math.hypot(i % size - size / 2.0, i / size - size / 2.0) < size / 4.0 ? 1 : 0;
        }
        return gt;
    }

    @Test
    void predictionEditsShareTheTargetOfTheirGroundTruth() {
        Masks first = Masks.of(32, 32, disc(32), ramp(32 * 32, 0.5));
        Target built = first.target();
        // the live loop skips snapshots: a later one may be the first evaluated after the one that built it
        Masks second = first.withProbabilities(ramp(32 * 32, 0.7));
        Masks third = second.withProbabilities(ramp(32 * 32, 0.9));
        assertSame(built, third.target());
        assertSame(built, second.target());
    }

    @Test
    void classProbabilityEditsShareTheTarget() {
        Masks example = MulticlassExample.create(32, 3);
        Target built = example.target();
        Masks edited = example.withClassProbabilities(example.classProbabilitiesCopy());
        assertSame(built, edited.target());
    }

    @Test
    void aNewGroundTruthGetsATargetOfItsOwn() {
        Masks first = Masks.blank(32).withProbabilities(ramp(32 * 32, 0.5));
        Target before = first.target();
        double[] gt = first.groundTruthCopy();
        gt[5] = 1;
        Masks painted = first.withGroundTruth(gt);
        assertNotSame(before, painted.target());
        assertEquals(1, painted.target().classSum(0));
        assertEquals(0, first.target().classSum(0));
    }
}
