package org.losslens.app.viewstate;

import java.util.List;

/**
 * The whole view around the drawing, as one value shared by scenario steps and session files: the
 * tab on top, the heatmap's scale and the A | B | B − A comparison, the grid's losses, each chart's
 * settings, the Optimise tab's and the zoom the editor and the heatmaps share. A null part (or field) means "as it is": a scenario step sets
 * only what it names; a session captures everything. The format is the "view" object of
 * assets/scenarios/README.md and src/app/session-format.md.
 *
 * @param tab     "gradient", "grid", "imbalance", "confidence", "parameter", "generator-sweep" or "optimise"
 * @param compare the gradient tab shows A | B | B − A (only while something is pinned)
 */
public record ViewState(String tab, Boolean compare, Heatmap heatmap, Grid grid, Imbalance imbalance,
                        Confidence confidence, Parameter parameter, Optimise optimise, Zoom zoom) {

    /** The tabs a view state can select, by the name files use. */
    public static final List<String> TABS = List.of("gradient", "grid", "imbalance", "confidence", "parameter",
            "generator-sweep", "optimise");

    /** Nothing named: applying it changes nothing. */
    public static final ViewState NONE = new ViewState(null, null, null, null, null, null, null, null, null);

    /** @param range the locked scale's ±range (used only when locked) */
    public record Heatmap(Boolean locked, Double range) {
    }

    /** The heatmap grid: the losses compared and whether they share one colour scale. */
    public record Grid(List<String> losses, Boolean sharedScale) {
    }

    /** The imbalance chart: error model (RELATIVE_AREA_ERROR or MISSED_PIXELS) and its settings, its losses. */
    public record Imbalance(String errorModel, Double confidence, Double relativeError, Double missedPixels,
                            Boolean normalised, List<String> losses) {
    }

    /** The confidence chart: α as in each paper (true) or balanced. */
    public record Confidence(Boolean alphaAsInPaper) {
    }

    /** The parameter chart: the parameter on the x axis. */
    public record Parameter(String name) {
    }

    /**
     * The Optimise tab; {@code play} starts the run from step 0 once applied (a lesson that shows
     * descent in motion).
     */
    public record Optimise(List<String> losses, String optimizer, Double learningRate, Double smoothing,
                           Integer maxSteps, Double speed, Boolean play) {
    }

    /**
     * The shared zoom of the editor and the heatmaps (ViewportViewModel): {@code factor} over fit, the
     * centre in image pixels (clamped when applied, as a drag would be).
     */
    public record Zoom(Double factor, Double centreX, Double centreY) {
    }

    /** This state with every part {@code later} names replaced by later's (field by field). */
    public ViewState then(ViewState later) {
        if (later == null) {
            return this;
        }
        return new ViewState(or(later.tab, tab), or(later.compare, compare),
                heatmap == null || later.heatmap == null ? or(later.heatmap, heatmap)
                        : new Heatmap(or(later.heatmap.locked, heatmap.locked), or(later.heatmap.range, heatmap.range)),
                grid == null || later.grid == null ? or(later.grid, grid)
                        : new Grid(or(later.grid.losses, grid.losses), or(later.grid.sharedScale, grid.sharedScale)),
                imbalance == null || later.imbalance == null ? or(later.imbalance, imbalance)
                        : new Imbalance(or(later.imbalance.errorModel, imbalance.errorModel),
                        or(later.imbalance.confidence, imbalance.confidence),
                        or(later.imbalance.relativeError, imbalance.relativeError),
                        or(later.imbalance.missedPixels, imbalance.missedPixels),
                        or(later.imbalance.normalised, imbalance.normalised),
                        or(later.imbalance.losses, imbalance.losses)),
                or(later.confidence, confidence), or(later.parameter, parameter),
                optimise == null || later.optimise == null ? or(later.optimise, optimise)
                        : new Optimise(or(later.optimise.losses, optimise.losses),
                        or(later.optimise.optimizer, optimise.optimizer),
                        or(later.optimise.learningRate, optimise.learningRate),
                        or(later.optimise.smoothing, optimise.smoothing),
                        or(later.optimise.maxSteps, optimise.maxSteps), or(later.optimise.speed, optimise.speed),
                        or(later.optimise.play, optimise.play)),
                zoom == null || later.zoom == null ? or(later.zoom, zoom)
                        : new Zoom(or(later.zoom.factor, zoom.factor), or(later.zoom.centreX, zoom.centreX),
                        or(later.zoom.centreY, zoom.centreY)));
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
