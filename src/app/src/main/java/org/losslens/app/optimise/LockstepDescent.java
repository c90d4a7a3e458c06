package org.losslens.app.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.losslens.app.masks.Masks;
import org.losslens.core.descent.DescentRun;
import org.losslens.core.descent.StepRecord;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.param.Params;
import org.losslens.core.tensor.Tensor;

/**
 * Several {@link DescentRun}s from the same start, one per panel, moved together so they share one step
 * counter. Plain Java, no threads: the Optimise worker owns one instance and is the only caller (not
 * thread-safe). All the maths is the core's; this class only keeps the curves.
 */
public final class LockstepDescent {

    private final List<LossSpec> specs;
    private final List<Slot> slots = new ArrayList<>();
    private Masks start;
    private DescentSettings settings;
    private Map<String, Params> params;
    private int step;

    /** One panel: its run (null if the loss cannot run here, with the reason) and its curves. */
    private static final class Slot {
        final LossSpec spec;
        DescentRun run;
        String problem;
        double[] loss = new double[64];
        double[] dice = new double[64];
        double[] iou = new double[64];

        Slot(LossSpec spec) {
            this.spec = spec;
        }

        void record(int k, StepRecord r) {
            if (k == loss.length) {
                loss = Arrays.copyOf(loss, 2 * k);
                dice = Arrays.copyOf(dice, 2 * k);
                iou = Arrays.copyOf(iou, 2 * k);
            }
            loss[k] = r.loss();
            dice[k] = r.dice();
            iou[k] = r.iou();
        }
    }

    /**
     * @param specs  the panels' losses, in panel order (the same loss may appear twice)
     * @param params every loss's parameters (missing ids take the catalogue defaults)
     */
    public LockstepDescent(Masks start, List<LossSpec> specs, Map<String, Params> params, DescentSettings settings) {
        this.specs = List.copyOf(specs);
        this.params = Map.copyOf(params);
        this.settings = settings;
        reset(start);
    }

    /** Moves every panel one step; returns the shared counter afterwards. */
    public int step() {
        for (Slot slot : slots) {
            if (slot.run == null) {
                slot.record(step, new StepRecord(step, Double.NaN, Double.NaN, Double.NaN));
                continue;
            }
            try {
                slot.record(step, slot.run.step());
            } catch (RuntimeException e) {
                slot.problem = "stopped: " + e.getMessage();
                slot.run = null;
                slot.record(step, new StepRecord(step, Double.NaN, Double.NaN, Double.NaN));
            }
        }
        return ++step;
    }

    public int steps() {
        return step;
    }

    public Masks start() {
        return start;
    }

    public DescentSettings settings() {
        return settings;
    }

    /** Back to step 0 from {@code newStart} (the editor's drawing now) with fresh optimizer state. */
    public void reset(Masks newStart) {
        start = newStart;
        step = 0;
        slots.clear();
        Tensor logits = start.logits();
        LossInput input = LossInput.of(logits, start.target());
        for (LossSpec spec : specs) {
            Slot slot = new Slot(spec);
            try {
                spec.checkApplicable(input);
                slot.run = new DescentRun(logits, start.target(), spec.create(paramsOf(spec)),
                        settings.optimizer().create(settings.learningRate()), settings.smoothingSigma());
            } catch (RuntimeException e) {
                slot.problem = e.getMessage();
            }
            slots.add(slot);
        }
    }

    /** New loss parameters apply from the next step (the runs keep their logits and optimizer state). */
    public void setParams(Map<String, Params> changed) {
        params = Map.copyOf(changed);
        for (Slot slot : slots) {
            if (slot.run != null) {
                try {
                    slot.run.setLoss(slot.spec.create(paramsOf(slot.spec)));
                } catch (RuntimeException e) {
                    slot.problem = "parameters rejected: " + e.getMessage();
                }
            }
        }
    }

    /** A new optimizer, learning rate or smoothing applies from the next step (optimizer state restarts). */
    public void setSettings(DescentSettings changed) {
        DescentSettings old = settings;
        settings = changed;
        for (Slot slot : slots) {
            if (slot.run == null) {
                continue;
            }
            if (old.optimizer() != changed.optimizer() || old.learningRate() != changed.learningRate()) {
                slot.run.setOptimizer(changed.optimizer().create(changed.learningRate()));
            }
            slot.run.setSmoothing(changed.smoothingSigma());
        }
    }

    /** A snapshot of every panel now (copies: safe to hand to another thread). */
    public Frame frame() {
        List<Frame.Panel> panels = new ArrayList<>();
        for (Slot slot : slots) {
            double[] p;
            if (slot.run != null) {
                p = slot.run.probability();
            } else {
                p = start.probabilityCopy();
            }
            double[] gradient = slot.run != null && slot.run.lastGradient() != null
                    ? slot.run.lastGradient().toArray() : null;
            panels.add(new Frame.Panel(slot.spec.id(), p, Arrays.copyOf(slot.loss, step),
                    Arrays.copyOf(slot.dice, step), Arrays.copyOf(slot.iou, step), slot.problem, gradient));
        }
        return new Frame(step, start, settings, panels);
    }

    private Params paramsOf(LossSpec spec) {
        return params.getOrDefault(spec.id(), spec.defaults());
    }
}
