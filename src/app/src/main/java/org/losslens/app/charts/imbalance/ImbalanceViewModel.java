package org.losslens.app.charts.imbalance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.losslens.app.charts.AxisScale;
import org.losslens.app.charts.LogLogSlope;
import org.losslens.app.charts.Plot;
import org.losslens.app.charts.SweptPlots;
import org.losslens.app.comparison.LossSelection;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.compute.SweepService;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.sweep.Curves;
import org.losslens.core.sweep.GradientSplit;
import org.losslens.core.sweep.Grid;
import org.losslens.core.sweep.ImbalanceSweep;
import org.losslens.core.sweep.ImbalanceSweep.ErrorModel;
import org.losslens.core.sweep.NamedLoss;
import org.losslens.core.tensor.Tensor;

/**
 * Loss against the foreground fraction for the compared losses, and the companion plot of mean
 * |∂L/∂logit| on foreground vs background pixels — the reason region losses cope with imbalance. The
 * sweep uses the canvas size and the current parameters; the editor's drawing is marked on both plots.
 */
public final class ImbalanceViewModel implements AutoCloseable {

    /** Sample counts of the coarse and the full pass. */
    static final int COARSE_POINTS = 9;
    static final int FULL_POINTS = 49;
    static final double LARGEST_FRACTION = 0.5;
    public static final double DEFAULT_HAZE_EXPONENT = -6;
    public static final double LARGEST_HAZE_EXPONENT = -0.5;

    private final LossSelection selection;
    private final ParametersViewModel parameters;
    private final ObservableValue<Masks> masks;
    private final ObjectProperty<ErrorModel> errorModel = new SimpleObjectProperty<>(ErrorModel.RELATIVE_AREA_ERROR);
    private final DoubleProperty confidence = new SimpleDoubleProperty(0.9);
    /**
     * log10 of the background haze, p outside the predicted object. Default 1e-6 (the clamp of painted
     * probabilities): a clean background, where the chart shows the articles' claim — CE's mean is
     * swamped by the background, Dice is not. With the old coupling p_outside = 1 − confidence (0.1)
     * the N·0.1 background "predicted pixels" swamp soft Dice's Σp instead and Dice climbs to 1 as the
     * object shrinks (issue 18); the control shows both.
     */
    private final DoubleProperty hazeExponent = new SimpleDoubleProperty(DEFAULT_HAZE_EXPONENT);
    private final DoubleProperty relativeError = new SimpleDoubleProperty(-0.3);
    private final DoubleProperty missedPixels = new SimpleDoubleProperty(2);
    private final BooleanProperty normalised = new SimpleBooleanProperty(false);
    private final SweptPlots<ImbalanceSweep.Result> plots;
    private final Messages messages;
    private ImbalanceSweep.Result result;
    private Evaluation current;

    public ImbalanceViewModel(LossSelection selection, ParametersViewModel parameters, ObservableValue<Masks> masks,
                              Consumer<Runnable> publisher, Messages messages) {
        this.selection = selection;
        this.messages = messages;
        this.parameters = parameters;
        this.masks = masks;
        plots = new SweptPlots<>("imbalance", publisher, r -> {
            result = r;
            rebuild();
        }, this::sweep);
        selection.chosen().addListener((javafx.collections.ListChangeListener<LossSpec>) c -> plots.refresh().invalidate());
        parameters.valuesProperty().addListener((obs, old, now) -> plots.refresh().invalidate());
        masks.addListener((obs, old, now) -> {
            if (old == null || old.width() != now.width() || old.height() != now.height()) {
                plots.refresh().invalidate();
            }
        });
        for (ObservableValue<?> setting : List.of(errorModel, confidence, relativeError, missedPixels, hazeExponent)) {
            setting.addListener(o -> plots.refresh().invalidate());
        }
        normalised.addListener(o -> rebuild());
        // Titles, axes and notes are worded here, so a new language re-words the plots (no new sweep).
        messages.localeProperty().addListener(o -> rebuild());
    }

    public ObjectProperty<ErrorModel> errorModelProperty() {
        return errorModel;
    }

    /** p inside the predicted object, 1 − p outside. */
    public DoubleProperty confidenceProperty() {
        return confidence;
    }

    /** log10 of the background haze: p of every pixel outside the predicted object. */
    public DoubleProperty hazeExponentProperty() {
        return hazeExponent;
    }

    /** RELATIVE_AREA_ERROR's e: −0.3 predicts an object 30 % too small. */
    public DoubleProperty relativeErrorProperty() {
        return relativeError;
    }

    /** MISSED_PIXELS's m: how many of the object's outermost pixels are missed, whatever its size. */
    public DoubleProperty missedPixelsProperty() {
        return missedPixels;
    }

    /** Each loss rescaled to [0, 1], to compare shapes rather than magnitudes. */
    public BooleanProperty normalisedProperty() {
        return normalised;
    }

    /** The two plots, their sweep service and refresh. */
    public SweptPlots<ImbalanceSweep.Result> plots() {
        return plots;
    }

    /** The live loop's newest result: where the drawing sits on the charts. */
    public void showCurrent(Evaluation evaluation) {
        current = evaluation;
        Plot values = plots.valuesProperty().get();
        Plot gradients = plots.gradientsProperty().get();
        if (values == null || gradients == null) {
            rebuild();
            return;
        }
        // Only the markers follow the drawing: keeping the curves lets the chart swap just the markers
        // while a brush stroke goes on.
        plots.show(values.withMarkers(valueMarkers(), values.cursorX()),
                gradients.withMarkers(gradientMarkers(), gradients.cursorX()));
    }

    /** The sweep's settings for the current canvas. */
    public ImbalanceSweep.Settings settings() {
        Masks m = masks.getValue();
        double error = errorModel.get() == ErrorModel.MISSED_PIXELS ? Math.round(missedPixels.get())
                : relativeError.get();
        return new ImbalanceSweep.Settings(Math.max(m.width(), m.height()), errorModel.get(), confidence.get(), error,
                Math.pow(10, hazeExponent.get()));
    }

    /** Foreground fractions from a one-pixel object to half the image, log-spaced. */
    public static double[] fractions(int size, int points) {
        return Grid.logarithmic(1.0 / ((double) size * size), LARGEST_FRACTION, points);
    }

    private void sweep() {
        ImbalanceSweep.Settings settings = settings();
        List<NamedLoss> losses = selection.chosen().stream()
                .map(spec -> NamedLoss.of(spec, parameters.params(spec))).toList();
        plots.service().submit(List.of(
                new SweepService.Pass<>("coarse", p -> ImbalanceSweep.run(settings,
                        fractions(settings.size(), COARSE_POINTS), losses, p)),
                new SweepService.Pass<>("full", p -> ImbalanceSweep.run(settings,
                        fractions(settings.size(), FULL_POINTS), losses, p))));
    }

    private void rebuild() {
        if (result == null) {
            return;
        }
        Curves shown = normalised.get() ? result.values().normalised() : result.values();
        List<Plot.Line> valueLines = new ArrayList<>();
        List<Plot.Line> gradientLines = new ArrayList<>();
        for (Curves.Series s : shown.series()) {
            valueLines.add(new Plot.Line(s.name(), s.name(), false, false, s.y()));
            gradientLines.add(new Plot.Line(messages.get("imbalance.line.foreground", s.name()), s.name(), false, false,
                    result.foregroundGradient().series(s.name()).y()));
            gradientLines.add(new Plot.Line(messages.get("imbalance.line.background", s.name()), s.name(), true, false,
                    result.backgroundGradient().series(s.name()).y()));
        }
        String model = describe(errorModel.get());
        String fractionAxis = messages.get("imbalance.axis.fraction");
        String valuesNote = (normalised.get() ? messages.get("imbalance.values.normalisedNote", model) : model)
                + " · " + messages.get("imbalance.slopes", slopes(shown));
        String gradientsNote = messages.get("imbalance.gradients.note") + " · " + messages.get("imbalance.slopes.foreground",
                slopes(result.foregroundGradient()));
        plots.show(new Plot(messages.get("imbalance.values.title"), valuesNote,
                fractionAxis, messages.get(normalised.get() ? "imbalance.axis.lossNormalised" : "imbalance.axis.loss"),
                AxisScale.LOG_PERCENT, AxisScale.LINEAR, shown.x(), valueLines, valueMarkers(), Double.NaN),
                new Plot(messages.get("imbalance.gradients.title"), gradientsNote,
                fractionAxis, messages.get("imbalance.axis.meanGradient"), AxisScale.LOG_PERCENT, AxisScale.LOG,
                shown.x(), gradientLines, gradientMarkers(), Double.NaN));
    }

    /**
     * Each curve's fitted log–log slope against the foreground fraction, "dice −1.00 · bce +0.02": the
     * exponent of the power law the curve follows (a value that does not depend on the object's size
     * has slope 0, one that scales with its area +1, a gradient growing as 1/area −1).
     */
    static String slopes(Curves curves) {
        List<String> parts = new ArrayList<>();
        for (Curves.Series s : curves.series()) {
            double slope = LogLogSlope.of(curves.x(), s.y());
            parts.add(s.name() + " " + (Double.isNaN(slope) ? "—" : number("%+.2f", slope)));
        }
        return String.join(" · ", parts);
    }

    private List<Plot.Marker> valueMarkers() {
        List<Plot.Marker> markers = new ArrayList<>();
        if (!drawingIsBinary()) {
            return markers;
        }
        double fraction = ImbalanceSweep.foregroundFraction(current.request().masks().target());
        for (Curves.Series s : result.values().series()) {
            current.outcome(s.name()).filter(o -> o.isComputed()).ifPresent(o -> {
                double y = normalised.get() ? s.normalise(o.value()) : o.value();
                markers.add(new Plot.Marker(s.name(), fraction, y, messages.get("imbalance.marker.value", s.name(),
                        number("%.6g", o.value()), number("%.3g", 100 * fraction))));
            });
        }
        return markers;
    }

    private List<Plot.Marker> gradientMarkers() {
        List<Plot.Marker> markers = new ArrayList<>();
        if (!drawingIsBinary()) {
            return markers;
        }
        Masks drawn = current.request().masks();
        double fraction = ImbalanceSweep.foregroundFraction(drawn.target());
        for (Curves.Series s : result.values().series()) {
            Tensor g = current.gradient(s.name()).orElse(null);
            if (g != null) {
                double fg = GradientSplit.foreground(g, drawn.target());
                markers.add(new Plot.Marker(s.name(), fraction, fg, messages.get("imbalance.marker.gradient",
                        s.name(), number("%.4g", fg), number("%.4g", GradientSplit.background(g, drawn.target())))));
            }
        }
        return markers;
    }

    /**
     * The sweep is a binary experiment: a multiclass drawing's values (its "dice" is another loss)
     * must not be marked on the binary curves.
     */
    private boolean drawingIsBinary() {
        return current != null && current.request().masks().mode() == Mode.BINARY;
    }

    /** The error model in words, for the chart's note. */
    String describe(ErrorModel model) {
        ImbalanceSweep.Settings s = settings();
        String confidenceText = messages.get("imbalance.confidence", number("%.3g", s.confidence()))
                + " · " + messages.get("imbalance.haze", number("%.0e", s.haze()),
                number("%.3g", s.haze() * s.size() * s.size()));
        return switch (model) {
            case FIXED_CONFIDENCE -> messages.get("imbalance.model.fixed", confidenceText);
            case RELATIVE_AREA_ERROR -> messages.get("imbalance.model.relative", number("%+.0f", 100 * s.error()),
                    confidenceText);
            case MISSED_PIXELS -> messages.get("imbalance.model.missed", String.valueOf((long) s.error()),
                    confidenceText);
        };
    }

    /** Numbers are formatted here, not by MessageFormat, so both languages show the same digits. */
    private static String number(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }

    @Override
    public void close() {
        plots.close();
    }
}
