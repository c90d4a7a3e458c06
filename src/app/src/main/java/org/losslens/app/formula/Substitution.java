package org.losslens.app.formula;

import java.util.Locale;
import java.util.Optional;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.Params;

/**
 * The selected loss's formula with the numbers of the drawing on screen put in: "1 − (2·TP + s_nr) /
 * (Σp + Σg + s_dr) = 1 − (2·1804 + 1e-05) / (1890 + 1900 + 1e-05) = 0.0479". The templates follow
 * the core's definitions (MONAI DiceLoss, DiceLoss(jaccard=True), TverskyLoss; {@code loss.region.Dice}, {@code Tversky}), so the
 * result is the core's value; another binary region loss gets the soft counts it is built from.
 */
public final class Substitution {

    /** The text shown and the number it works out to (NaN where the text is only the counts). */
    public record Substituted(String text, double value) {
    }

    private Substitution() {
    }

    /** Whether {@code spec}'s formula is made of soft counts: a binary region loss. */
    public static boolean uses(LossSpec spec) {
        return spec.mode() == Mode.BINARY && spec.family() == Family.REGION;
    }

    /** Empty for a loss with no soft counts in its formula (distribution, boundary, multiclass losses). */
    public static Optional<Substituted> of(LossSpec spec, Params p, SoftCounts c) {
        if (c == null || !uses(spec)) {
            return Optional.empty();
        }
        double tp = c.truePositives();
        double fp = c.falsePositives();
        double fn = c.falseNegatives();
        switch (spec.id()) {
            case "dice" -> {
                double nr = p.real("smooth_nr");
                double dr = p.real("smooth_dr");
                boolean squared = p.flag("squared_pred");
                double sp = squared ? c.sumPSquared() : c.sumP();
                double sg = squared ? c.sumGSquared() : c.sumG();
                double value = 1 - (2 * tp + nr) / (sp + sg + dr);
                String sums = squared ? "Σp² + Σg²" : "Σp + Σg";
                return Optional.of(new Substituted("1 − (2·TP + s_nr) / (" + sums + " + s_dr)\n= 1 − (2·" + n(tp)
                        + " + " + n(nr) + ") / (" + n(sp) + " + " + n(sg) + " + " + n(dr) + ")\n= " + n(value), value));
            }
            case "iou" -> {
                // MONAI's jaccard form keeps Dice's factor 2 on both sides: 1 − (2I + s_nr) / (2(Σp + Σg − I) + s_dr)
                double nr = p.real("smooth_nr");
                double dr = p.real("smooth_dr");
                double value = 1 - (2 * tp + nr) / (2 * (c.sumP() + c.sumG() - tp) + dr);
                return Optional.of(new Substituted("1 − (2·TP + s_nr) / (2(Σp + Σg − TP) + s_dr)\n= 1 − (2·" + n(tp)
                        + " + " + n(nr) + ") / (2(" + n(c.sumP()) + " + " + n(c.sumG()) + " − " + n(tp) + ") + " + n(dr)
                        + ")\n= " + n(value), value));
            }
            case "tversky" -> {
                double a = p.real("alpha");
                double b = p.real("beta");
                double nr = p.real("smooth_nr");
                double dr = p.real("smooth_dr");
                double value = 1 - (tp + nr) / (tp + a * fp + b * fn + dr);
                return Optional.of(new Substituted("1 − (TP + s_nr) / (TP + α·FP + β·FN + s_dr)\n= 1 − (" + n(tp) + " + "
                        + n(nr) + ") / (" + n(tp) + " + " + n(a) + "·" + n(fp) + " + " + n(b) + "·" + n(fn) + " + "
                        + n(dr) + ")\n= " + n(value), value));
            }
            default -> {
                return Optional.of(new Substituted("TP = Σp·g = " + n(tp) + "  ·  FP = Σp(1 − g) = " + n(fp)
                        + "\nFN = Σ(1 − p)g = " + n(fn) + "\nΣp = " + n(c.sumP()) + "  ·  Σg = " + n(c.sumG()),
                        Double.NaN));
            }
        }
    }

    /** Four significant digits: enough to redo the sum by hand, short enough to read aloud. */
    private static String n(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
