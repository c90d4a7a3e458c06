package org.losslens.app.optimise;

import java.util.List;
import org.losslens.app.masks.Masks;

/**
 * One published state of a lockstep run: the shared step counter (moves made so far), the start drawing
 * (its ground truth is the contour), and every panel's image and curves. Immutable snapshot: the worker
 * never touches it after publishing.
 */
public record Frame(int step, Masks start, DescentSettings settings, List<Panel> panels) {

    public Frame {
        panels = List.copyOf(panels);
    }

    /**
     * One panel.
     *
     * @param probability the current prediction p = σ(logit) per pixel, row-major
     * @param loss        loss before move k, k = 0 … step − 1 (what {@code DescentRun.step()} returned)
     * @param dice        Dice of the hard prediction before move k
     * @param iou         IoU of the hard prediction before move k
     * @param problem     why this loss cannot run on the drawing, or null
     * @param gradient    ∂L/∂logit that drove the last move (row-major), or null before the first move
     */
    public record Panel(String lossId, double[] probability, double[] loss, double[] dice, double[] iou,
                        String problem, double[] gradient) {
    }
}
