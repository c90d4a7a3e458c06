package org.losslens.app.multiclass;

import org.losslens.app.masks.Masks;

/**
 * Carries a drawing across a change of mode or label count, so switching never throws work away:
 * binary foreground becomes label 1 (p becomes class 1's probability), multiclass labels ≥ 1 become
 * foreground (p = 1 − p(background)); labels that no longer exist become background.
 */
public final class ModeConversion {

    private ModeConversion() {
    }

    /** The same drawing with {@code classes} labels (2..6); binary masks are converted. */
    public static Masks toMulticlass(Masks masks, int classes) {
        int n = masks.pixels();
        double[] labels = new double[n];
        double[] p = new double[classes * n];
        for (int i = 0; i < n; i++) {
            int label = masks.label(i);
            labels[i] = label < classes ? label : 0;
            if (!masks.isMulticlass()) {
                p[i] = 1 - masks.probability(i);
                p[n + i] = masks.probability(i);
                continue;
            }
            double kept = 0;
            for (int c = 0; c < classes; c++) {
                p[c * n + i] = c < masks.classes() ? masks.classProbability(c, i) : 0;
                kept += p[c * n + i];
            }
            if (kept <= 0) {
                p[i] = 1;
                kept = 1;
            }
            for (int c = 0; c < classes; c++) {
                p[c * n + i] /= kept;
            }
        }
        return Masks.labelled(classes, masks.height(), masks.width(), labels, p);
    }

    /** The drawing as binary masks: any label ≥ 1 is foreground. */
    public static Masks toBinary(Masks masks) {
        if (!masks.isMulticlass()) {
            return masks;
        }
        double[] gt = new double[masks.pixels()];
        for (int i = 0; i < gt.length; i++) {
            gt[i] = masks.label(i) == 0 ? 0 : 1;
        }
        return Masks.of(masks.height(), masks.width(), gt, masks.probabilityCopy());
    }
}
