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
        double p = masks.probability(i);
        double clamped = masks.clampedProbability(i);
        String probability = p == clamped ? format(p)
                : messages.get("readout.clamped", format(p), String.format(Locale.ROOT, "%.6g", clamped));
        String gradientText;
        if (gradient == null || gradient.shape().height() != masks.height() || gradient.shape().width() != masks.width()) {
            gradientText = "∂L/∂logit —";
        } else {
            gradientText = "∂" + lossId + "/∂logit = " + String.format(Locale.ROOT, "%+.4g", gradient.get(i));
        }
        return String.format(Locale.ROOT, "(%d, %d)  GT = %d  p = %s  logit = %.4g  %s", x, y,
                (int) masks.groundTruth(i), probability, masks.logit(i), gradientText);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
