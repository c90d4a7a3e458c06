package org.losslens.app.charts.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import org.losslens.app.charts.AxisScale;
import org.losslens.app.charts.Plot;
import org.losslens.app.charts.SweptPlots;
import org.losslens.app.comparison.LossSelection;
import org.losslens.app.compute.SweepService;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.core.activation.Logit;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.sweep.Curves;
import org.losslens.core.sweep.GeneratorSweep;
import org.losslens.core.sweep.GeneratorSweep.Knob;
import org.losslens.core.sweep.Grid;
import org.losslens.core.sweep.NamedLoss;
import org.losslens.core.synthesis.PredictionRecipe;

/**
 * Losses against one setting of the prediction generator (issue 18.5): shift, dilation/erosion, the
 * object's radius or the background haze on the x axis, the chosen losses as curves, starting from
 * the editor's ground truth and the generator's recipe. The boundary-shift lesson is one chart (SHIFT:
 * region losses saturate, boundary losses keep growing), and so is Dice's instability on tiny objects
 * (RADIUS with the generator's shift at 1 px). The current setting is the cursor.
 */
public final class GeneratorSweepViewModel implements AutoCloseable {

    static final int COARSE_POINTS = 7;
    static final int FULL_POINTS = 41;

    private final LossSelection selection;
    private final ParametersViewModel parameters;
    private final ObservableValue<Masks> masks;
    private final ObservableValue<PredictionRecipe> recipe;
    private final Messages messages;
    private final ObjectProperty<Knob> knob = new SimpleObjectProperty<>(Knob.SHIFT);
    /**
     * On: the background outside the predicted shape is p = 1e-6 (the clamp) whatever the generator's
     * recipe says, so soft Dice's Σp is not swamped by N·haze (see the imbalance chart); HAZE ignores it.
     */
    private final BooleanProperty cleanBackground = new SimpleBooleanProperty(true);
    private final SweptPlots<Swept> plots;
    private Swept result;

    /** One pass's result with the knob it swept, so a late result is never labelled with a newer knob. */
    public record Swept(Knob knob, GeneratorSweep.Result result) {
    }

    public GeneratorSweepViewModel(LossSelection selection, ParametersViewModel parameters, ObservableValue<Masks> masks,
                                   ObservableValue<PredictionRecipe> recipe, Consumer<Runnable> publisher,
                                   Messages messages) {
        this.selection = selection;
        this.parameters = parameters;
        this.masks = masks;
        this.recipe = recipe;
        this.messages = messages;
        plots = new SweptPlots<>("generator", publisher, this::show, this::sweep);
        selection.chosen().addListener((ListChangeListener<LossSpec>) c -> plots.refresh().invalidate());
        parameters.valuesProperty().addListener(o -> plots.refresh().invalidate());
        recipe.addListener(o -> plots.refresh().invalidate());
        knob.addListener(o -> plots.refresh().invalidate());
        cleanBackground.addListener(o -> plots.refresh().invalidate());
        masks.addListener((obs, old, now) -> {
            if (old == null || !sameTruth(old, now)) {
                plots.refresh().invalidate();
            }
        });
        messages.localeProperty().addListener(o -> show(result));
    }

    public ObjectProperty<Knob> knobProperty() {
        return knob;
    }

    public BooleanProperty cleanBackgroundProperty() {
        return cleanBackground;
    }

    public SweptPlots<Swept> plots() {
        return plots;
    }

    /** The x values of a knob: shifts 0…10 px, radii −5…5 px, object radius 1…24 px, haze 1e-4…0.3 (log). */
    public static double[] values(Knob knob, int points) {
        return switch (knob) {
            case SHIFT -> Grid.linear(0, 10, points);
            case GROW -> Grid.linear(-5, 5, points);
            case RADIUS -> Grid.linear(1, 24, points);
            case HAZE -> Grid.logarithmic(1e-4, 0.3, points);
        };
    }

    /** The generator's recipe as the sweep uses it: with the clean background unless sweeping the haze. */
    public PredictionRecipe base() {
        PredictionRecipe r = recipe.getValue();
        return cleanBackground.get() ? r.withConfidence(r.confidenceInside(), Logit.PROBABILITY_CLAMP) : r;
    }

    private void sweep() {
        Masks m = masks.getValue();
        int h = m.height();
        int w = m.width();
        double[] truth = m.groundTruthCopy();
        PredictionRecipe base = base();
        Knob k = knob.get();
        List<NamedLoss> losses = selection.chosen().stream()
                .map(spec -> NamedLoss.of(spec, parameters.params(spec))).toList();
        plots.service().submit(List.of(
                new SweepService.Pass<>("coarse", p -> new Swept(k, GeneratorSweep.run(h, w, truth, base, k,
                        values(k, COARSE_POINTS), losses, p))),
                new SweepService.Pass<>("full", p -> new Swept(k, GeneratorSweep.run(h, w, truth, base, k,
                        values(k, FULL_POINTS), losses, p)))));
    }

    private void show(Swept swept) {
        result = swept;
        if (swept == null) {
            return;
        }
        Knob k = swept.knob();
        GeneratorSweep.Result newResult = swept.result();
        String axis = messages.get("generatorSweep.axis." + k.name());
        AxisScale xScale = k == Knob.HAZE ? AxisScale.LOG : AxisScale.LINEAR;
        double cursor = cursor(k);
        List<Plot.Line> valueLines = new ArrayList<>();
        List<Plot.Line> gradientLines = new ArrayList<>();
        Curves values = newResult.values();
        for (Curves.Series s : values.series()) {
            valueLines.add(new Plot.Line(s.name(), s.name(), false, false, s.y()));
            gradientLines.add(new Plot.Line(messages.get("imbalance.line.foreground", s.name()), s.name(), false, false,
                    newResult.foregroundGradient().series(s.name()).y()));
            gradientLines.add(new Plot.Line(messages.get("imbalance.line.background", s.name()), s.name(), true, false,
                    newResult.backgroundGradient().series(s.name()).y()));
        }
        String note = messages.get("generatorSweep.note." + k.name()) + " · " + describe(base());
        plots.show(new Plot(messages.get("generatorSweep.values.title", axis), note, axis,
                        messages.get("imbalance.axis.loss"), xScale, AxisScale.LINEAR, values.x(), valueLines, List.of(),
                        cursor),
                new Plot(messages.get("generatorSweep.gradients.title", axis), messages.get("imbalance.gradients.note"),
                        axis, messages.get("imbalance.axis.meanGradient"), xScale, AxisScale.LOG, values.x(),
                        gradientLines, List.of(), cursor));
    }

    /** Where the editor's drawing and the generator's recipe sit on the x axis now. */
    double cursor(Knob k) {
        PredictionRecipe r = recipe.getValue();
        return switch (k) {
            case SHIFT -> r.dx();
            case GROW -> r.growRadius();
            case RADIUS -> Math.sqrt(java.util.Arrays.stream(masks.getValue().groundTruthCopy())
                    .filter(v -> v >= 0.5).count() / Math.PI);
            case HAZE -> r.confidenceOutside();
        };
    }

    private String describe(PredictionRecipe r) {
        return messages.get("generatorSweep.base", number(r.confidenceInside()), number(r.confidenceOutside()),
                String.valueOf(r.dx()), String.valueOf(r.dy()), String.valueOf(r.growRadius()), number(r.blurSigma()));
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static boolean sameTruth(Masks a, Masks b) {
        return a.height() == b.height() && a.width() == b.width()
                && java.util.Arrays.equals(a.groundTruthCopy(), b.groundTruthCopy());
    }

    @Override
    public void close() {
        plots.close();
    }
}
