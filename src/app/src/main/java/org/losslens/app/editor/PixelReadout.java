package org.losslens.app.editor;

import org.losslens.app.i18n.Messages;
import java.util.Locale;
import org.losslens.app.masks.Masks;
import org.losslens.core.tensor.Tensor;

/**
 * The hover line of the editor: what the core sees at one pixel. Shows the clamp when the painted
 * probability differs from the one turned into a logit (p = 0 or 1 are clamped to ε or 1 − ε).
 */
public final class PixelReadout {

    private PixelReadout() {
    }

    /**
     * @param gradient the selected loss's ∂L/∂logit, or null while none is available
     * @param lossId   the selected loss's id, for the label
     */
    public static String describe(Masks masks, int x, int y, Tensor gradient, String lossId, Messages messages) {
        if (!masks.contains(x, y)) {
            return "";
        }
        int i = masks.index(x, y);
        if (masks.isMulticlass()) {
            return describeClasses(masks, x, y, i, gradient, lossId);
        }
        double p = masks.probability(i);
        double clamped = masks.clampedProbability(i);
        String probability = p == clamped ? format(p)
                : messages.get("readout.clamped", format(p), String.format(Locale.ROOT, "%.6g", clamped));
        String gradientText;
        if (gradient == null || gradient.shape().height() != masks.height() || gradient.shape().width() != masks.width()) {
            gradientText = "∂L/∂logit —";
        } else {
            // ∂L/∂p by the chain rule through the sigmoid the core applies: ∂L/∂z = ∂L/∂p · σ'(z),
            // σ'(z) = p(1 − p) at the clamped p (never 0), so students see both the push on the
            // probability and what reaches the logit after the sigmoid's damping near 0 and 1.
            double dz = gradient.get(i);
            double dp = dz / (clamped * (1 - clamped));
            gradientText = "∂" + lossId + "/∂logit = " + String.format(Locale.ROOT, "%+.4g", dz)
                    + "  ∂" + lossId + "/∂p = " + String.format(Locale.ROOT, "%+.4g", dp);
        }
        return String.format(Locale.ROOT, "(%d, %d)  GT = %d  p = %s  logit = %.4g  %s  ·  %s", x, y,
                (int) masks.groundTruth(i), probability, masks.logit(i), gradientText,
                terms(clamped, masks.groundTruth(i)));
    }

    /**
     * The pixel's own terms: its share of the soft counts the region losses sum (TP p·g, FP p(1 − g),
     * FN (1 − p)g) and its cross-entropy −ln p_t, so a student can see what this one pixel adds.
     */
    static String terms(double p, double g) {
        double pt = g >= 0.5 ? p : 1 - p;
        return String.format(Locale.ROOT, "p·g = %.3g  p(1−g) = %.3g  (1−p)g = %.3g  −ln p_t = %.4g",
                p * g, p * (1 - g), (1 - p) * g, -Math.log(pt));
    }

    /** Multiclass: the label, every class probability, and the gradient of every class channel. */
    private static String describeClasses(Masks masks, int x, int y, int i, Tensor gradient, String lossId) {
        StringBuilder p = new StringBuilder();
        StringBuilder g = new StringBuilder();
        boolean fits = gradient != null && gradient.shape().channels() == masks.classes()
                && gradient.shape().height() == masks.height() && gradient.shape().width() == masks.width();
        for (int c = 0; c < masks.classes(); c++) {
            p.append(c == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", masks.classProbability(c, i)));
            if (fits) {
                g.append(c == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%+.3g",
                        gradient.get(c * masks.pixels() + i)));
            }
        }
        return String.format(Locale.ROOT, "(%d, %d)  label = %d  p = [%s]  ∂%s/∂logit = [%s]", x, y, masks.label(i),
                p, lossId, fits ? g : "—");
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
