package org.losslens.app.session;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.losslens.app.editor.Tool;
import org.losslens.app.masks.Masks;
import org.losslens.core.loss.param.Params;
import org.losslens.core.synthesis.PredictionRecipe;

/**
 * Everything a session file keeps: the drawing, every loss's parameters (both modes), the selected
 * loss, the generator's recipes, and the view: language, heatmap channel and scale, tool and brush.
 *
 * @param parameters by catalogue label, e.g. "tversky (binary)"
 */
public record SessionState(Masks masks, Map<String, Params> parameters, String selectedLoss, PredictionRecipe recipe,
                           List<PredictionRecipe> classRecipes, View view) {

    /** The view layout and tools. */
    public record View(Locale language, int heatmapChannel, boolean heatmapLocked, double heatmapRange, Tool tool,
                       double brushRadius, double brushStrength, double brushSoftness, int activeLabel) {
    }
}
