package org.losslens.app.charts.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.losslens.app.charts.AxisScale;
import org.losslens.app.charts.Plot;
import org.losslens.app.charts.SweptPlots;
import org.losslens.app.compute.SweepService;
import org.losslens.app.i18n.Messages;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.Params;
import org.losslens.core.sweep.ConfidenceSweep;
import org.losslens.core.sweep.Curves;
import org.losslens.core.sweep.Grid;
import org.losslens.core.sweep.NamedLoss;

/**
 * Per-pixel loss and ∂L/∂logit against the true-class probability for every pixel-wise loss with its
 * current parameters, and focal loss at the γ values of the focal-loss paper's figure plus the
 * current γ (drawn heavier) — so moving the sliders moves the curves.
 */
public final class ConfidenceViewModel implements AutoCloseable {

    /** The γ values of Lin et al.'s Figure 1. */
    static final double[] PAPER_GAMMAS = {0, 0.5, 1, 2, 5};
    static final int COARSE_POINTS = 25;
    static final int FULL_POINTS = 199;
    private static final String FOCAL = "focal";
    /**
     * Curves far off the others' scale: they start hidden (the focal-loss paper's figure has neither)
     * and, when shown, are clipped to the range of the rest.
     */
    public static final Set<String> OFF_SCALE = Set.of("conservative", "wce");

    private final ParametersViewModel parameters;
    private final List<LossSpec> pixelWise;
    private final LossSpec focal;
    private final BooleanProperty alphaAsInPaper = new SimpleBooleanProperty(true);
    private final SweptPlots<ConfidenceSweep.Result> plots;
    private final Messages messages;
    private volatile String emphasised = "";
    private ConfidenceSweep.Result result;

    public ConfidenceViewModel(ParametersViewModel parameters, Consumer<Runnable> publisher, Messages messages) {
        this.parameters = parameters;
        this.messages = messages;
        pixelWise = LossCatalogue.forMode(Mode.BINARY).stream().filter(ConfidenceSweep::describes).toList();
        focal = LossCatalogue.require(FOCAL, Mode.BINARY);
        plots = new SweptPlots<>("confidence", publisher, this::show, this::sweep);
        parameters.valuesProperty().addListener((obs, old, now) -> plots.refresh().invalidate());
        alphaAsInPaper.addListener(o -> plots.refresh().invalidate());
        // Titles and axes are worded here: a new language re-words the last result without a new sweep.
        messages.localeProperty().addListener(o -> {
            if (result != null) {
                show(result);
            }
        });
    }

    /**
     * True: focal's curves leave out its class weight α (α = 1 for this foreground pixel), as Lin et
     * al.'s figure does, so γ = 0 coincides with CE and only γ's effect shows. False: the current α.
     */
    public BooleanProperty alphaAsInPaperProperty() {
        return alphaAsInPaper;
    }

    /** The two plots, their sweep service and refresh. */
    public SweptPlots<ConfidenceSweep.Result> plots() {
        return plots;
    }

    /** The curves to draw: each pixel-wise loss except focal as parametrised now, then focal per γ. */
    List<NamedLoss> losses() {
        List<NamedLoss> losses = new ArrayList<>();
        for (LossSpec spec : pixelWise) {
            if (!spec.id().equals(FOCAL)) {
                losses.add(NamedLoss.of(spec, parameters.params(spec)));
            }
        }
        Params focalNow = focalParams();
        TreeSet<Double> gammas = new TreeSet<>();
        for (double g : PAPER_GAMMAS) {
            gammas.add(g);
        }
        gammas.add(focalNow.real("gamma"));
        for (double gamma : gammas) {
            Params p = focalNow.with(focal.label(), focal.params(), "gamma", gamma);
            losses.add(new NamedLoss(focalName(gamma), focal.create(p)));
        }
        return losses;
    }

    /** The current focal parameters, with α = 1 when drawn as in the paper. */
    private Params focalParams() {
        Params now = parameters.params(focal);
        return alphaAsInPaper.get() ? now.with(focal.label(), focal.params(), "alpha", 1.0) : now;
    }

    String focalName(double gamma) {
        return alphaAsInPaper.get() ? "focal γ=" + compact(gamma)
                : String.format(Locale.ROOT, "focal γ=%s (α=%s)", compact(gamma), compact(parameters.params(focal).real("alpha")));
    }

    private static String compact(double v) {
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("\\.?0+$", "");
    }

    private void sweep() {
        List<NamedLoss> losses = losses();
        emphasised = focalName(parameters.params(focal).real("gamma"));
        plots.service().submit(List.of(
                new SweepService.Pass<>("coarse", p -> ConfidenceSweep.run(losses, probabilities(COARSE_POINTS), p)),
                new SweepService.Pass<>("full", p -> ConfidenceSweep.run(losses, probabilities(FULL_POINTS), p))));
    }

    /** True-class probabilities, evenly spaced inside (0, 1). */
    static double[] probabilities(int points) {
        return Grid.linear(0.005, 0.995, points);
    }

    private void show(ConfidenceSweep.Result newResult) {
        result = newResult;
        plots.show(plot(messages.get("confidence.values.title"), messages.get("confidence.values.note"),
                messages.get("confidence.axis.loss"), newResult.values()),
                plot(messages.get("confidence.gradients.title"), messages.get("confidence.gradients.note"),
                        "∂L/∂logit", newResult.gradients()));
    }

    private Plot plot(String title, String note, String yLabel, Curves curves) {
        List<Plot.Line> lines = curves.series().stream()
                .map(s -> new Plot.Line(s.name(), s.name(), false, s.name().equals(emphasised), s.y())).toList();
        List<Plot.Line> clipped = clipOutliers(lines, OFF_SCALE, name -> messages.get("confidence.clipped", name));
        List<String> cut = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (clipped.get(i) != lines.get(i)) {
                cut.add(lines.get(i).colourKey());
            }
        }
        if (!cut.isEmpty()) {
            note = note + " · " + messages.get("confidence.clipped.note", String.join(", ", cut));
        }
        return new Plot(title, note, messages.get("confidence.axis.probability"), yLabel, AxisScale.LINEAR, AxisScale.LINEAR,
                curves.x(), clipped, List.of(), Double.NaN);
    }

    /**
     * A curve reaching beyond the other curves' y range by more than that whole range (conservative
     * loss falls to −∞ as p_t → 1, wce is 10× bce) would set the linear axis alone and flatten every
     * other curve once shown (issue 18). The reference range is that of the curves not in
     * {@code offScale}; an off-scale curve that leaves it by more than its span loses its samples beyond
     * a quarter of the span on either side (NaN: not drawn) and is renamed by {@code rename}; its colour
     * key stays, so its legend entry and hidden state do not move.
     */
    static List<Plot.Line> clipOutliers(List<Plot.Line> lines, Set<String> offScale, UnaryOperator<String> rename) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Plot.Line line : lines) {
            if (!offScale.contains(line.colourKey())) {
                for (double y : line.y()) {
                    if (Double.isFinite(y)) {
                        lo = Math.min(lo, y);
                        hi = Math.max(hi, y);
                    }
                }
            }
        }
        double span = hi - lo;
        List<Plot.Line> out = new ArrayList<>();
        for (Plot.Line line : lines) {
            if (!offScale.contains(line.colourKey()) || !(span > 0) || !reachesBeyond(line.y(), lo - span, hi + span)) {
                out.add(line);
                continue;
            }
            double[] y = line.y().clone();
            for (int i = 0; i < y.length; i++) {
                if (y[i] < lo - span / 4 || y[i] > hi + span / 4) {
                    y[i] = Double.NaN;
                }
            }
            out.add(new Plot.Line(rename.apply(line.name()), line.colourKey(), line.dashed(), line.emphasised(), y));
        }
        return out;
    }

    private static boolean reachesBeyond(double[] y, double lo, double hi) {
        for (double v : y) {
            if (v < lo || v > hi) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        plots.close();
    }
}
