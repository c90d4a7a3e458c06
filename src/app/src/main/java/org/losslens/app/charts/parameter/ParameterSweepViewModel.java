package org.losslens.app.charts.parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.losslens.app.charts.AxisScale;
import org.losslens.app.charts.Plot;
import org.losslens.app.charts.SweptPlots;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.compute.SweepService;
import org.losslens.app.i18n.LossTexts;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.param.ParamKind;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;
import org.losslens.core.loss.param.Params;
import org.losslens.core.sweep.Curves;
import org.losslens.core.sweep.ParameterSweep;

/**
 * The selected loss on the current drawing against one of its real parameters (α, β or γ first), with
 * the current value marked; and where the loss pushes — mean |∂L/∂logit| on GT foreground (where false
 * negatives are fixed) and on background (where false positives are).
 */
public final class ParameterSweepViewModel implements AutoCloseable {

    static final int COARSE_POINTS = 9;
    static final int FULL_POINTS = 41;

    private final ObservableValue<LossSpec> selected;
    private final ParametersViewModel parameters;
    private final ObservableValue<Masks> masks;
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ObjectProperty<String> parameter = new SimpleObjectProperty<>();
    private final SweptPlots<ParameterSweep.Result> plots;
    private final Messages messages;
    private final LossTexts texts;
    private ParameterSweep.Result result;
    private Evaluation current;

    public ParameterSweepViewModel(ObservableValue<LossSpec> selected, ParametersViewModel parameters,
                                   ObservableValue<Masks> masks, Consumer<Runnable> publisher, Messages messages) {
        this.selected = selected;
        this.messages = messages;
        this.texts = new LossTexts(messages);
        this.parameters = parameters;
        this.masks = masks;
        plots = new SweptPlots<>("parameter", publisher, r -> {
            result = r;
            rebuild();
        }, this::sweep);
        selected.addListener((obs, old, now) -> retarget());
        parameter.addListener(o -> plots.refresh().invalidate());
        parameters.valuesProperty().addListener((obs, old, now) -> {
            plots.refresh().invalidate();
            rebuild();
        });
        masks.addListener(o -> plots.refresh().invalidate());
        // Titles, axes and line names are worded here: a new language re-words them without a new sweep.
        messages.localeProperty().addListener(o -> rebuild());
        retarget();
    }

    /** The real parameters of the selected loss, α/β/γ first. */
    public ObservableList<String> choices() {
        return choices;
    }

    public ObjectProperty<String> parameterProperty() {
        return parameter;
    }

    /** The two plots, their sweep service and refresh. */
    public SweptPlots<ParameterSweep.Result> plots() {
        return plots;
    }

    /** The live loop's newest result: the current value's marker. */
    public void showCurrent(Evaluation evaluation) {
        current = evaluation;
        rebuild();
    }

    /** The swept values: the parameter's range from the catalogue ({@link ParameterSweep#grid}). */
    static double[] range(ParamSpec param, int points) {
        return ParameterSweep.grid(param, points);
    }

    private void retarget() {
        LossSpec spec = selected.getValue();
        List<String> names = new ArrayList<>();
        if (spec != null) {
            spec.params().stream().filter(p -> p.kind() == ParamKind.REAL && p.role() != ParamRole.NONE)
                    .forEach(p -> names.add(p.name()));
            spec.params().stream().filter(p -> p.kind() == ParamKind.REAL && p.role() == ParamRole.NONE)
                    .forEach(p -> names.add(p.name()));
        }
        result = null;
        choices.setAll(names);
        String first = names.isEmpty() ? null : names.get(0);
        if (java.util.Objects.equals(first, parameter.get())) {
            plots.refresh().invalidate();
        } else {
            parameter.set(first);
        }
        if (first == null) {
            plots.show(null, null);
        }
    }

    private void sweep() {
        LossSpec spec = selected.getValue();
        String name = parameter.get();
        if (spec == null || name == null) {
            return;
        }
        ParamSpec param = spec.param(name).orElseThrow();
        Params base = parameters.params(spec);
        Masks drawing = masks.getValue();
        plots.service().submit(List.of(
                new SweepService.Pass<>("coarse", p -> ParameterSweep.sweep(spec, base, name,
                        range(param, COARSE_POINTS), input(drawing), p)),
                new SweepService.Pass<>("full", p -> ParameterSweep.sweep(spec, base, name,
                        range(param, FULL_POINTS), input(drawing), p))));
    }

    private static LossInput input(Masks drawing) {
        return LossInput.of(drawing.logits(), drawing.target());
    }

    private void rebuild() {
        LossSpec spec = selected.getValue();
        String name = parameter.get();
        if (result == null || spec == null || name == null || !result.loss().xLabel().equals(name)) {
            return;
        }
        double now = parameters.params(spec.id()).real(name);
        String role = spec.param(name).map(ParamSpec::role).filter(r -> r != ParamRole.NONE)
                .map(r -> " (" + r.symbol() + ")").orElse("");
        String meaning = spec.param(name).map(param -> texts.meaning(spec, param)).orElse("");
        Curves loss = result.loss();
        Curves g = result.gradient();
        plots.show(new Plot(messages.get("parameter.values.title", spec.id(), name + role), meaning, name,
                messages.get("parameter.axis.loss"), AxisScale.LINEAR,
                AxisScale.LINEAR, loss.x(), List.of(new Plot.Line(spec.id(), spec.id(), false, true,
                        loss.series(spec.id()).y())), valueMarker(spec, name, now), now),
                new Plot(messages.get("parameter.gradients.title", spec.id(), name),
                messages.get("parameter.gradients.note"), name, messages.get("parameter.axis.meanGradient"),
                AxisScale.LINEAR, AxisScale.LINEAR, g.x(), List.of(
                        line("parameter.line.foreground", "parameter.key.foreground", false, g, ParameterSweep.FOREGROUND),
                        line("parameter.line.background", "parameter.key.background", true, g, ParameterSweep.BACKGROUND),
                        line("parameter.line.all", "parameter.key.all", false, g, ParameterSweep.ALL_PIXELS)),
                List.of(), now));
    }

    /** A gradient line; its colour key is also its legend entry, so it is worded too. */
    private Plot.Line line(String nameKey, String colourKey, boolean dashed, Curves g, String series) {
        return new Plot.Line(messages.get(nameKey), messages.get(colourKey), dashed, false, g.series(series).y());
    }

    private List<Plot.Marker> valueMarker(LossSpec spec, String name, double now) {
        if (current == null || !java.util.Objects.equals(current.request().params().get(spec.id()), parameters.params(spec.id()))) {
            return List.of();
        }
        return current.outcome(spec.id()).filter(o -> o.isComputed()).map(o -> List.of(new Plot.Marker(spec.id(), now,
                o.value(), messages.get("parameter.marker", name, String.format(Locale.ROOT, "%.4g", now), spec.id(),
                        String.format(Locale.ROOT, "%.6g", o.value())))))
                .orElse(List.of());
    }

    @Override
    public void close() {
        plots.close();
    }
}
