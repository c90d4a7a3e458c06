package org.losslens.app.editor;

import org.losslens.app.masks.Masks;

/**
 * The pixel operations of the editor, as pure functions from one {@link Masks} to the next. Pixel
 * (x, y) covers [x, x+1) × [y, y+1); distances are measured between pixel centres.
 */
public final class MaskPainting {

    private MaskPainting() {
    }

    /** Sets GT to {@code value} (0 or 1) on every pixel within {@code radius} of the point. */
    public static Masks stampGroundTruth(Masks masks, double x, double y, double radius, double value) {
        return strokeGroundTruth(masks, x, y, x, y, radius, value);
    }

    /**
     * Pulls the probability towards {@code strength}: p ← p + w·(strength − p). The weight w is 1 inside
     * (1 − softness)·radius and falls linearly to 0 at the radius, so a soft brush leaves soft edges.
     */
    public static Masks stampProbability(Masks masks, double x, double y, double radius, double strength,
                                         double softness) {
        return strokeProbability(masks, x, y, x, y, radius, strength, softness);
    }

    /**
     * Stamps GT along the segment from (x0, y0) to (x1, y1) so fast drags leave no gaps. Returns
     * {@code masks} itself when no pixel changes value (a stroke inside what is already painted): a new
     * ground truth is a new core target whose every fact (distance maps, skeletons) is computed afresh,
     * and at 60 moves/s most moves of a brush over painted GT change nothing.
     */
    public static Masks strokeGroundTruth(Masks masks, double x0, double y0, double x1, double y1, double radius,
                                          double value) {
        double[] gt = masks.groundTruthCopy();
        boolean[] changed = {false};
        for (double[] point : segment(x0, y0, x1, y1, radius)) {
            forDisc(masks, point[0], point[1], radius, (i, distance) -> {
                if (gt[i] != value) {
                    gt[i] = value;
                    changed[0] = true;
                }
            });
        }
        return changed[0] ? masks.withGroundTruth(gt) : masks;
    }

    public static Masks strokeProbability(Masks masks, double x0, double y0, double x1, double y1, double radius,
                                          double strength, double softness) {
        if (masks.isMulticlass()) {
            return strokeClassProbability(masks, x0, y0, x1, y1, radius, 1, strength, softness);
        }
        double[] p = masks.probabilityCopy();
        double hard = (1 - softness) * radius;
        boolean changed = false;
        for (double[] point : segment(x0, y0, x1, y1, radius)) {
            changed |= forDisc(masks, point[0], point[1], radius, (i, distance) -> {
                double w = distance <= hard ? 1 : Math.max(0, (radius - distance) / Math.max(1e-9, radius - hard));
                p[i] = Math.min(1, Math.max(0, p[i] + w * (strength - p[i])));
            });
        }
        return changed ? masks.withProbabilities(p) : masks;
    }

    /**
     * Multiclass: pulls class {@code label}'s probability towards {@code strength} as the binary brush
     * does, and rescales the other classes so each pixel still sums to 1 (their proportions kept; if
     * they had nothing left, they share the remainder equally).
     */
    public static Masks strokeClassProbability(Masks masks, double x0, double y0, double x1, double y1, double radius,
                                               int label, double strength, double softness) {
        double[] p = masks.classProbabilitiesCopy();
        int n = masks.pixels();
        int classes = masks.classes();
        double hard = (1 - softness) * radius;
        boolean changed = false;
        for (double[] point : segment(x0, y0, x1, y1, radius)) {
            changed |= forDisc(masks, point[0], point[1], radius, (i, distance) -> {
                double w = distance <= hard ? 1 : Math.max(0, (radius - distance) / Math.max(1e-9, radius - hard));
                double old = p[label * n + i];
                double now = Math.min(1, Math.max(0, old + w * (strength - old)));
                double othersBefore = 1 - old;
                for (int c = 0; c < classes; c++) {
                    if (c != label) {
                        p[c * n + i] = othersBefore > 1e-12 ? p[c * n + i] * (1 - now) / othersBefore
                                : (1 - now) / (classes - 1);
                    }
                }
                p[label * n + i] = now;
            });
        }
        return changed ? masks.withClassProbabilities(p) : masks;
    }

    /** A filled GT disc centred at (cx, cy) through (ex, ey). */
    public static Masks fillDisc(Masks masks, double cx, double cy, double ex, double ey) {
        return fillDisc(masks, cx, cy, ex, ey, 1);
    }

    /** A filled disc of {@code label} (binary: 1) centred at (cx, cy) through (ex, ey). */
    public static Masks fillDisc(Masks masks, double cx, double cy, double ex, double ey, int label) {
        return stampGroundTruth(masks, cx, cy, Math.hypot(ex - cx, ey - cy), label);
    }

    /** A filled GT rectangle spanning the pixels of both corners. */
    public static Masks fillRectangle(Masks masks, double x0, double y0, double x1, double y1) {
        return fillRectangle(masks, x0, y0, x1, y1, 1);
    }

    /** A filled rectangle of {@code label} (binary: 1) spanning the pixels of both corners. */
    public static Masks fillRectangle(Masks masks, double x0, double y0, double x1, double y1, int label) {
        int left = clamp((int) Math.floor(Math.min(x0, x1)), masks.width());
        int right = clamp((int) Math.floor(Math.max(x0, x1)), masks.width());
        int top = clamp((int) Math.floor(Math.min(y0, y1)), masks.height());
        int bottom = clamp((int) Math.floor(Math.max(y0, y1)), masks.height());
        double[] gt = masks.groundTruthCopy();
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                gt[masks.index(x, y)] = label;
            }
        }
        return masks.withGroundTruth(gt);
    }

    public static Masks invertGroundTruth(Masks masks) {
        double[] gt = masks.groundTruthCopy();
        for (int i = 0; i < gt.length; i++) {
            // Multiclass: every label becomes background and background becomes label 1.
            gt[i] = gt[i] == 0 ? 1 : 0;
        }
        return masks.withGroundTruth(gt);
    }

    public static Masks clearGroundTruth(Masks masks) {
        return masks.withGroundTruth(new double[masks.pixels()]);
    }

    /** Clears the prediction to p = 0 everywhere (confident background; the readout shows the clamp). */
    public static Masks clearPrediction(Masks masks) {
        if (masks.isMulticlass()) {
            double[] p = new double[masks.classes() * masks.pixels()];
            java.util.Arrays.fill(p, 0, masks.pixels(), 1);
            return masks.withClassProbabilities(p);
        }
        return masks.withProbabilities(new double[masks.pixels()]);
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }

    private static java.util.List<double[]> segment(double x0, double y0, double x1, double y1, double radius) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        // Steps of at most a third of the radius (and of half a pixel) keep the stroke solid.
        int steps = length == 0 ? 0 : Math.max(1, (int) Math.ceil(length / Math.max(0.5, radius / 3)));
        java.util.List<double[]> points = new java.util.ArrayList<>(steps + 1);
        points.add(new double[] {x0, y0});
        for (int s = 1; s <= steps; s++) {
            double t = (double) s / steps;
            points.add(new double[] {x0 + t * (x1 - x0), y0 + t * (y1 - y0)});
        }
        return points;
    }

    @FunctionalInterface
    private interface PixelVisitor {
        void visit(int index, double distance);
    }

    /** Visits pixels whose centre lies within {@code radius} of (x, y); radius < 0.5 still hits the pixel under it. */
    private static boolean forDisc(Masks masks, double x, double y, double radius, PixelVisitor visitor) {
        double r = Math.max(radius, 0.5);
        int x0 = Math.max(0, (int) Math.floor(x - r));
        int x1 = Math.min(masks.width() - 1, (int) Math.ceil(x + r));
        int y0 = Math.max(0, (int) Math.floor(y - r));
        int y1 = Math.min(masks.height() - 1, (int) Math.ceil(y + r));
        boolean any = false;
        for (int py = y0; py <= y1; py++) {
            for (int px = x0; px <= x1; px++) {
                double d = Math.hypot(px + 0.5 - x, py + 0.5 - y);
                if (d <= r) {
                    visitor.visit(masks.index(px, py), d);
                    any = true;
                }
            }
        }
        return any;
    }
}
