package org.losslens.app.scenarios;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.losslens.core.loss.Mode;
import org.losslens.core.synthesis.PredictionRecipe;

/**
 * One lesson: masks, prediction and parameters that make a point, with a title and "what to notice"
 * in each language. Read from a documented JSON file (assets/scenarios/README.md).
 *
 * @param recipes    the prediction generator's recipe per label (binary: label 1)
 * @param paint      stamps painted on the generated prediction (e.g. confident-wrong pixels)
 * @param select     the loss selected after loading
 * @param parameters raw parameter values per loss id (others are at their defaults)
 */
public record Scenario(String id, Map<String, String> title, Map<String, String> notice, Mode mode, int classes,
                       int size, List<Shape> groundTruth, Map<Integer, PredictionRecipe> recipes, List<Stamp> paint,
                       String select, Map<String, Map<String, Object>> parameters) {

    /** A filled disc or rectangle of one label (binary: 1). */
    public record Shape(String kind, double x0, double y0, double x1, double y1, int label) {
    }

    /** A hard-edged disc of probability {@code p} for class {@code label} (binary: the foreground). */
    public record Stamp(double x, double y, double radius, double p, int label) {
    }

    /** The title in {@code locale}'s language, else English. */
    public String title(Locale locale) {
        return localised(title, locale);
    }

    public String notice(Locale locale) {
        return localised(notice, locale);
    }

    private static String localised(Map<String, String> texts, Locale locale) {
        return texts.getOrDefault(locale.getLanguage(), texts.getOrDefault("en", ""));
    }
}
