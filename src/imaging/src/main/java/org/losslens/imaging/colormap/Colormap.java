package org.losslens.imaging.colormap;

/** Turns a gradient value into a colour on a scale of ±range (signed) or [0, range] (magnitudes). */
public interface Colormap {

    int argb(double value, double range);

    /** True: the scale is [−range, +range] with 0 in the middle; false: [0, range]. */
    boolean signed();
}
