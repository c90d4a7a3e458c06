package org.losslens.app.formula;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.losslens.app.compute.LatestWinsWorker;
import org.losslens.app.i18n.LossTexts;
import org.losslens.app.masks.Masks;
import org.losslens.app.i18n.Messages;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.param.ParamKind;
import org.losslens.core.loss.param.ParamSpec;
import org.losslens.core.loss.param.Params;

/**
 * What the formula panel shows for the selected loss: its formula, the current values of its
 * parameters, the formula with the drawing's numbers put in ({@link Substitution}), its source, and
 * what it rewards and where it fails, in the current language. Follows the selection, every
 * parameter change, the drawing and the language. The drawing's soft counts are summed on a worker
 * ("losslens-formula"), never on the FX thread.
 */
public final class FormulaViewModel implements AutoCloseable {

    private final ObservableValue<LossSpec> selected;
    private final ParametersViewModel parameters;
    private final Messages messages;
    private final LossTexts texts;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper latex = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper values = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reference = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rewards = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fails = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Substitution.Substituted> substituted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CompoundParts> parts = new ReadOnlyObjectWrapper<>();
    /** The soft counts of the drawing on screen, once summed (null before, or for a multiclass drawing). */
    private SoftCounts counts;
    private final ObservableValue<Masks> drawing;
    private final LatestWinsWorker<Job> worker;

    /** What the worker works out: the drawing's counts, and the selected compound's parts on it. */
    private record Job(Masks masks, LossSpec spec, Params params) {
    }

    /**
     * @param drawing   the drawing whose numbers the formula shows
     * @param publisher delivers the worker's sums on the UI thread
     */
    public FormulaViewModel(ObservableValue<LossSpec> selected, ParametersViewModel parameters,
                            ObservableValue<Masks> drawing, Consumer<Runnable> publisher, Messages messages) {
        this.selected = selected;
        this.parameters = parameters;
        this.messages = messages;
        this.drawing = drawing;
        this.texts = new LossTexts(messages);
        worker = new LatestWinsWorker<>("losslens-formula", job -> {
            // summed only for a loss whose formula shows them: the worker shares the cores with the live loop
            SoftCounts summed = job.spec() != null && Substitution.uses(job.spec()) ? SoftCounts.of(job.masks()) : null;
            CompoundParts split = job.spec() == null ? null
                    : CompoundParts.of(job.spec(), job.params(), job.masks()).orElse(null);
            publisher.accept(() -> {
                if (drawing.getValue() == job.masks()) {
                    counts = summed;
                    parts.set(split != null && job.spec() == selected.getValue() ? split : null);
                    refresh();
                }
            });
        });
        selected.addListener(o -> work());
        parameters.valuesProperty().addListener((obs, old, now) -> work());
        messages.localeProperty().addListener(o -> refresh());
        drawing.addListener((obs, old, now) -> work());
        work();
        refresh();
    }

    /** A compound loss's weighted parts on the drawing (null for a loss that is not a sum, or until worked out). */
    public ReadOnlyObjectProperty<CompoundParts> partsProperty() {
        return parts.getReadOnlyProperty();
    }

    private void work() {
        LossSpec spec = selected.getValue();
        worker.submit(new Job(drawing.getValue(), spec, spec == null ? null : parameters.params(spec.id())));
        refresh();
    }

    /** The selected loss's formula with the drawing's numbers, or null (no template, not summed yet). */
    public ReadOnlyObjectProperty<Substitution.Substituted> substitutedProperty() {
        return substituted.getReadOnlyProperty();
    }

    @Override
    public void close() {
        worker.close();
    }

    private void refresh() {
        LossSpec spec = selected.getValue();
        if (spec == null) {
            return;
        }
        Locale locale = messages.locale();
        title.set(texts.title(spec) + "  (" + spec.id() + ", " + spec.mode().id() + ")");
        String formula = FormulaTexts.latex(spec);
        latex.set(formula == null ? "" : formula);
        values.set(describe(spec, parameters.params(spec.id())));
        substituted.set(Substitution.of(spec, parameters.params(spec.id()), counts).orElse(null));
        reference.set(spec.reference());
        rewards.set(FormulaTexts.rewards(spec.id(), locale));
        fails.set(FormulaTexts.fails(spec.id(), locale));
    }

    /** "alpha = 0.3 · beta = 0.7 · forbidden = default for C" — every parameter as now set. */
    private String describe(LossSpec spec, Params p) {
        if (spec.params().isEmpty()) {
            return messages.get("formula.noParameters");
        }
        return spec.params().stream().map(param -> param.name() + " = " + show(param, p.get(param.name())))
                .collect(Collectors.joining("  ·  "));
    }

    private String show(ParamSpec param, Object v) {
        if (v == null) {
            // unset class weights mean "unweighted"; an unset matrix is the C-class default
            return messages.get(param.kind() == ParamKind.CLASS_WEIGHTS ? "formula.unweighted" : "formula.defaultForC");
        }
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.4g", d);
        }
        if (v instanceof double[][] m) {
            return java.util.Arrays.stream(m).map(java.util.Arrays::toString).collect(Collectors.joining(" ", "[", "]"));
        }
        if (v instanceof double[] w) {
            return java.util.Arrays.toString(w);
        }
        return String.valueOf(v);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latexProperty() {
        return latex.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valuesProperty() {
        return values.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty referenceProperty() {
        return reference.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rewardsProperty() {
        return rewards.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failsProperty() {
        return fails.getReadOnlyProperty();
    }
}
