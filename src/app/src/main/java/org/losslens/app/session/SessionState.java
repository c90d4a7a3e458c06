package org.losslens.app.session;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.losslens.app.editor.Tool;
import org.losslens.app.masks.Masks;
import org.losslens.app.viewstate.ViewState;
import org.losslens.core.loss.param.Params;
import org.losslens.core.synthesis.PredictionRecipe;

/**
 * Everything a session file keeps: the drawing, every loss's parameters (both modes), the selected
 * loss, the generator's recipes, and the view: language, heatmap channel and scale, tool and brush;
 * since version 2 also the whole view around the drawing ({@code whole}: tab, charts, grid, Optimise)
 * and the pinned state A ({@code pin}), each null when absent.
 *
 * @param parameters by catalogue label, e.g. "tversky (binary)"
 */
public record SessionState(Masks masks, Map<String, Params> parameters, String selectedLoss, PredictionRecipe recipe,
                           List<PredictionRecipe> classRecipes, View view, ViewState whole, Pinned pin) {

    /** A version 1 state: no whole view, no pin. */
    public SessionState(Masks masks, Map<String, Params> parameters, String selectedLoss, PredictionRecipe recipe,
                        List<PredictionRecipe> classRecipes, View view) {
        this(masks, parameters, selectedLoss, recipe, classRecipes, view, null, null);
    }

    /** The pinned state A: its drawing and the parameters of its mode's losses, by loss id. */
    public record Pinned(Masks masks, Map<String, Params> parameters) {
    }

    /** The view layout and tools. */
    public record View(Locale language, int heatmapChannel, boolean heatmapLocked, double heatmapRange, Tool tool,
                       double brushRadius, double brushStrength, double brushSoftness, int activeLabel) {
    }
}
