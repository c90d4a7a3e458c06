package org.losslens.app.scenarios;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.losslens.app.viewstate.ViewState;
import org.losslens.core.loss.Mode;
import org.losslens.core.synthesis.PredictionRecipe;

/**
 * One lesson: masks, prediction and parameters that make a point, with a title and "what to notice"
 * in each language, and optionally steps — each its own text and what it changes (drawing,
 * parameters, selected loss, the whole view, the pin), shown one after another with Next ▸ / ◂ Back.
 * Read from a documented JSON file (assets/scenarios/README.md).
 *
 * @param recipes    the prediction generator's recipe per label (binary: label 1)
 * @param paint      stamps painted on the generated prediction (e.g. confident-wrong pixels)
 * @param select     the loss selected after loading
 * @param parameters raw parameter values per loss id (others are at their defaults)
 * @param view       the view the lesson opens with (tab, charts, …; unnamed parts stay as they are)
 * @param steps      the lesson's steps; empty: one step, the notice
 * @param source     the file's text (what "Copy lesson link" and "Save lesson as" share); null if built in code
 */
public record Scenario(String id, Map<String, String> title, Map<String, String> notice, Mode mode, int classes,
                       int size, List<Shape> groundTruth, Map<Integer, PredictionRecipe> recipes, List<Stamp> paint,
                       String select, Map<String, Map<String, Object>> parameters, ViewState view, List<Step> steps,
                       String source) {

    /** A scenario of one step. */
    public Scenario(String id, Map<String, String> title, Map<String, String> notice, Mode mode, int classes,
                    int size, List<Shape> groundTruth, Map<Integer, PredictionRecipe> recipes, List<Stamp> paint,
                    String select, Map<String, Map<String, Object>> parameters) {
        this(id, title, notice, mode, classes, size, groundTruth, recipes, paint, select, parameters, ViewState.NONE,
                List.of(), null);
    }

    /** A filled disc or rectangle of one label (binary: 1). */
    public record Shape(String kind, double x0, double y0, double x1, double y1, int label) {
    }

    /** A hard-edged disc of probability {@code p} for class {@code label} (binary: the foreground). */
    public record Stamp(double x, double y, double radius, double p, int label) {
    }

    /**
     * One step: its text, and what it changes from the step before; null fields change nothing. A new
     * prediction replaces the recipes and the paint together; parameters are merged loss by loss.
     *
     * @param pin true: this step's state is pinned as A; false: the pin is removed; null: as before
     */
    public record Step(Map<String, String> text, List<Shape> groundTruth, Map<Integer, PredictionRecipe> recipes,
                       List<Stamp> paint, String select, Map<String, Map<String, Object>> parameters, ViewState view,
                       Boolean pin) {
    }

    /** The title in {@code locale}'s language, else English. */
    public String title(Locale locale) {
        return localised(title, locale);
    }

    public String notice(Locale locale) {
        return localised(notice, locale);
    }

    /** How many steps the lesson has (at least 1). */
    public int stepCount() {
        return Math.max(1, steps.size());
    }

    /**
     * The lesson as it stands at step {@code k} (from 0), as a one-step scenario: every earlier step's
     * changes applied in order, the notice that step's text.
     */
    public Scenario at(int k) {
        if (steps.isEmpty()) {
            return this;
        }
        if (k < 0 || k >= steps.size()) {
            throw new IndexOutOfBoundsException("step " + (k + 1) + " of " + steps.size());
        }
        List<Shape> gt = groundTruth;
        Map<Integer, PredictionRecipe> r = recipes;
        List<Stamp> p = paint;
        String sel = select;
        Map<String, Map<String, Object>> params = new LinkedHashMap<>(parameters);
        ViewState v = view;
        for (int j = 0; j <= k; j++) {
            Step s = steps.get(j);
            gt = s.groundTruth() != null ? s.groundTruth() : gt;
            if (s.recipes() != null) {
                r = s.recipes();
                p = s.paint();
            }
            sel = s.select() != null ? s.select() : sel;
            if (s.parameters() != null) {
                s.parameters().forEach((loss, values) -> {
                    Map<String, Object> merged = new LinkedHashMap<>(params.getOrDefault(loss, Map.of()));
                    merged.putAll(values);
                    params.put(loss, merged);
                });
            }
            v = v.then(s.view());
        }
        Map<String, String> text = steps.get(k).text().isEmpty() ? notice : steps.get(k).text();
        return new Scenario(id, title, text, mode, classes, size, gt, r, p, sel, java.util.Collections.unmodifiableMap(params), v, List.of(),
                source);
    }

    /** The step whose state is pinned at step {@code k}: the last one up to k that sets the pin, if it set it on. */
    public OptionalInt pinnedStep(int k) {
        for (int j = Math.min(k, steps.size() - 1); j >= 0; j--) {
            Boolean pin = steps.get(j).pin();
            if (pin != null) {
                return pin ? OptionalInt.of(j) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    private static String localised(Map<String, String> texts, Locale locale) {
        return texts.getOrDefault(locale.getLanguage(), texts.getOrDefault("en", ""));
    }
}
