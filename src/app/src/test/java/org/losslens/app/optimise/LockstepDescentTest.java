package org.losslens.app.optimise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.losslens.app.Workbench;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.descent.Adam;
import org.losslens.core.descent.DescentRun;
import org.losslens.core.descent.GradientDescent;
import org.losslens.core.descent.StepRecord;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.Params;

class LockstepDescentTest {

    private static final Masks START = Workbench.defaultMasks(48);

    static LossSpec spec(String id) {
        return LossCatalogue.find(id, Mode.BINARY).orElseThrow();
    }

    @Test
    void everyPanelFollowsTheCoreRunAndSharesTheCounter() {
        List<LossSpec> specs = List.of(spec("bce"), spec("dice"), spec("tversky"));
        DescentSettings settings = new DescentSettings(OptimizerKind.ADAM, 0.1, 0);
        LockstepDescent lockstep = new LockstepDescent(START, specs, Map.of(), settings);
        for (int k = 0; k < 12; k++) {
            assertEquals(k + 1, lockstep.step());
        }
        Frame frame = lockstep.frame();
        assertEquals(12, frame.step());
        for (int i = 0; i < specs.size(); i++) {
            DescentRun direct = new DescentRun(START.logits(), START.target(), specs.get(i).create(), new Adam(0.1), 0);
            double[] loss = new double[12];
            double[] dice = new double[12];
            for (int k = 0; k < 12; k++) {
                StepRecord r = direct.step();
                loss[k] = r.loss();
                dice[k] = r.dice();
            }
            Frame.Panel panel = frame.panels().get(i);
            assertArrayEquals(loss, panel.loss(), 0.0, specs.get(i).id());
            assertArrayEquals(dice, panel.dice(), 0.0);
            double[] logits = direct.current().toArray();
            assertEquals(1 / (1 + Math.exp(-logits[500])), panel.probability()[500], 1e-15);
            // the gradient shown with "show ∂L/∂logit" is the core's gradient of the last step
            assertArrayEquals(direct.lastGradient().toArray(), panel.gradient(), 0.0);
        }
        assertEquals(null, new LockstepDescent(START, specs, Map.of(), settings).frame().panels().get(0).gradient());
    }

    @Test
    void parametersAndSettingsApplyFromTheNextStep() {
        LossSpec tversky = spec("tversky");
        LockstepDescent lockstep = new LockstepDescent(START, List.of(tversky), Map.of(),
                new DescentSettings(OptimizerKind.PLAIN, 500, 0));
        DescentRun direct = new DescentRun(START.logits(), START.target(), tversky.create(), new GradientDescent(500), 0);
        for (int k = 0; k < 5; k++) {
            lockstep.step();
            direct.step();
        }
        Params changed = tversky.defaults().with(tversky.label(), tversky.params(), "beta", 0.9);
        lockstep.setParams(Map.of("tversky", changed));
        direct.setLoss(tversky.create(changed));
        lockstep.setSettings(new DescentSettings(OptimizerKind.PLAIN, 800, 1.5));
        direct.setOptimizer(new GradientDescent(800));
        direct.setSmoothing(1.5);
        double[] expected = new double[10];
        for (int k = 0; k < 5; k++) {
            lockstep.step();
        }
        DescentRun replay = new DescentRun(START.logits(), START.target(), tversky.create(), new GradientDescent(500), 0);
        for (int k = 0; k < 5; k++) {
            expected[k] = replay.step().loss();
        }
        for (int k = 5; k < 10; k++) {
            expected[k] = direct.step().loss();
        }
        assertArrayEquals(expected, lockstep.frame().panels().get(0).loss(), 0.0);
    }

    @Test
    void resetReturnsToStepZeroFromANewStart() {
        LockstepDescent lockstep = new LockstepDescent(START, List.of(spec("bce"), spec("dice")), Map.of(),
                new DescentSettings(OptimizerKind.ADAM, 0.1, 0));
        lockstep.step();
        lockstep.step();
        Masks other = Workbench.defaultMasks(32);
        lockstep.reset(other);
        Frame frame = lockstep.frame();
        assertEquals(0, frame.step());
        assertEquals(0, frame.panels().get(1).loss().length);
        assertEquals(32 * 32, frame.panels().get(0).probability().length);
        assertNotEquals(START, frame.start());
    }

    @Test
    void curvesExportOneRowPerStepAndNameRepeatedLosses() {
        LockstepDescent lockstep = new LockstepDescent(START, List.of(spec("bce"), spec("bce")), Map.of(),
                new DescentSettings(OptimizerKind.ADAM, 0.1, 0));
        for (int k = 0; k < 3; k++) {
            lockstep.step();
        }
        String csv = OptimiseViewModel.curves(lockstep.frame()).format();
        String[] lines = csv.split("\n");
        assertEquals(4, lines.length);
        assertEquals("step,loss bce,dice bce,iou bce,loss bce #2,dice bce #2,iou bce #2", lines[0]);
        assertTrue(lines[3].startsWith("2.0,"), lines[3]);
    }
}
