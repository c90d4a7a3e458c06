package org.losslens.app.formula;

import java.util.Locale;
import java.util.ResourceBundle;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/**
 * The formula (LaTeX, one per catalogue id, with a per-mode override) and the plain-language
 * explanation (per id and language) of each loss. Both are data files next to this class, so
 * a teacher or translator edits text, not code.
 */
public final class FormulaTexts {

    private static final String FORMULAS = "org.losslens.app.formula.formulas";
    private static final String EXPLANATIONS = "org.losslens.app.formula.explanations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private FormulaTexts() {
    }

    /** The LaTeX of a loss, or null if none is written yet. */
    public static String latex(LossSpec spec) {
        ResourceBundle formulas = ResourceBundle.getBundle(FORMULAS, Locale.ROOT, NO_FALLBACK);
        String modeKey = spec.id() + "." + spec.mode().id();
        if (spec.mode() == Mode.MULTICLASS && formulas.containsKey(modeKey)) {
            return formulas.getString(modeKey);
        }
        return formulas.containsKey(spec.id()) ? formulas.getString(spec.id()) : null;
    }

    /** What the loss rewards, in {@code language} (English if that language lacks it). */
    public static String rewards(String lossId, Locale language) {
        return explanation(lossId + ".rewards", language);
    }

    /** Where the loss fails. */
    public static String fails(String lossId, Locale language) {
        return explanation(lossId + ".fails", language);
    }

    private static String explanation(String key, Locale language) {
        ResourceBundle bundle = ResourceBundle.getBundle(EXPLANATIONS, language, NO_FALLBACK);
        return bundle.containsKey(key) ? bundle.getString(key) : "";
    }
}
