package org.losslens.app.optimise;

import java.util.ArrayList;
import java.util.List;
import org.losslens.app.charts.AxisScale;
import org.losslens.app.charts.Plot;
import org.losslens.app.i18n.Messages;

/**
 * The Optimise tab's curves as {@link Plot}s, drawn by the same {@code PlotView} as every other chart:
 * each panel's loss relative to its value at step 0 (so losses of different scales share one axis),
 * and each panel's Dice (solid) and IoU (dashed) against the shared step. The step axis spans the
 * whole run (to the step count), so the curves grow from left to right: a last sample at that step
 * with no value (NaN, not drawn) holds the axis open. Plain data, no nodes.
 */
final class OptimisePlots {

    /** At most this many points per line: a long run is sampled evenly, its last step always kept. */
    static final int MAX_POINTS = 100;

    private OptimisePlots() {
    }

    /** Loss ÷ loss at step 0, one line per panel (the raw loss where the start is 0). */
    static Plot relativeLoss(Frame frame, int stepCount, Messages messages) {
        int[] steps = sampledSteps(frame.step());
        List<String> names = OptimiseViewModel.panelNames(frame);
        List<Plot.Line> lines = new ArrayList<>();
        for (int i = 0; i < frame.panels().size(); i++) {
            double[] loss = frame.panels().get(i).loss();
            double first = loss.length == 0 ? 1 : Math.abs(loss[0]);
            double[] y = new double[steps.length + 1];
            for (int k = 0; k < steps.length; k++) {
                y[k] = first == 0 ? loss[steps[k]] : loss[steps[k]] / first;
            }
            y[steps.length] = Double.NaN;
            lines.add(new Plot.Line(names.get(i), names.get(i), false, false, y));
        }
        return plot(messages.get("optimise.axis.relativeLoss"), steps, extent(frame, stepCount), lines, messages);
    }

    /** Dice (solid) and IoU (dashed) of p > 0.5, one colour per panel. */
    static Plot overlap(Frame frame, int stepCount, Messages messages) {
        int[] steps = sampledSteps(frame.step());
        List<String> names = OptimiseViewModel.panelNames(frame);
        List<Plot.Line> lines = new ArrayList<>();
        for (int i = 0; i < frame.panels().size(); i++) {
            Frame.Panel panel = frame.panels().get(i);
            lines.add(new Plot.Line("Dice " + names.get(i), names.get(i), false, false, sample(panel.dice(), steps)));
            lines.add(new Plot.Line("IoU " + names.get(i), names.get(i), true, false, sample(panel.iou(), steps)));
        }
        return plot(messages.get("optimise.axis.overlap"), steps, extent(frame, stepCount), lines, messages);
    }

    /** The recorded steps 0 … count − 1, thinned evenly to at most {@link #MAX_POINTS}, the last kept. */
    static int[] sampledSteps(int count) {
        int n = Math.min(count, MAX_POINTS);
        int[] steps = new int[n];
        for (int k = 0; k < n; k++) {
            steps[k] = n == count ? k : (int) Math.round((double) k * (count - 1) / (n - 1));
        }
        return steps;
    }

    /** Where the step axis ends: the run's step count, or further if it ran on (and at least 10). */
    private static int extent(Frame frame, int stepCount) {
        return Math.max(Math.max(10, frame.step()), stepCount);
    }

    /** The sampled values, then NaN at the axis's end. */
    private static double[] sample(double[] values, int[] steps) {
        double[] out = new double[steps.length + 1];
        for (int k = 0; k < steps.length; k++) {
            out[k] = values[steps[k]];
        }
        out[steps.length] = Double.NaN;
        return out;
    }

    private static Plot plot(String title, int[] steps, int extent, List<Plot.Line> lines, Messages messages) {
        double[] x = new double[steps.length + 1];
        for (int k = 0; k < steps.length; k++) {
            x[k] = steps[k];
        }
        x[steps.length] = extent;
        return new Plot(title, "", messages.get("optimise.axis.step"), "", AxisScale.LINEAR, AxisScale.LINEAR, x,
                lines, List.of(), Double.NaN);
    }
}
