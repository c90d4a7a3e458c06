package org.losslens.app.parameters;

import org.losslens.core.loss.Mode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.param.InvalidParameterException;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;
import org.losslens.core.loss.param.Params;

/**
 * Parameter values of every loss, each loss keeping its own (Tversky's α is not focal's α). The α/β/γ
 * controls and the per-parameter editors act on the SELECTED loss; every change is validated by the
 * core's {@link Params} and becomes a new immutable {@link ParameterSet} in {@link #valuesProperty()},
 * the one observable everything that computes follows (the live loop, the charts, Optimise, the
 * formula panel, autosave).
 *
 * <p>It may hold the losses of both modes (dice exists in both, with separate values): a loss id is
 * then read in the mode of the selected loss, which is the mode on screen.
 */
public final class ParametersViewModel {

    private final List<LossSpec> specs;
    private final ReadOnlyObjectWrapper<ParameterSet> values;
    private final ReadOnlyObjectWrapper<ParameterSet> restored;
    private final ObjectProperty<LossSpec> selected = new SimpleObjectProperty<>();
    private final Map<ParamRole, RoleControl> roles = new EnumMap<>(ParamRole.class);
    private final javafx.beans.property.IntegerProperty classCount = new javafx.beans.property.SimpleIntegerProperty(2);
    /** True while controls are being rewritten for a new selection, so that is not taken as user input. */
    private boolean retargeting;

    public ParametersViewModel(List<LossSpec> specs, ObservableValue<LossSpec> selection) {
        this.specs = List.copyOf(specs);
        values = new ReadOnlyObjectWrapper<>(ParameterSet.defaults(this.specs));
        restored = new ReadOnlyObjectWrapper<>(values.get());
        for (ParamRole role : List.of(ParamRole.ALPHA, ParamRole.BETA, ParamRole.GAMMA)) {
            RoleControl control = new RoleControl(role);
            control.valueProperty().addListener((obs, old, now) -> {
                if (!retargeting) {
                    applyRole(control, now.doubleValue());
                }
            });
            roles.put(role, control);
        }
        selected.bind(selection);
        selected.addListener((obs, old, now) -> retarget());
        retarget();
    }

    public ObservableValue<LossSpec> selectedProperty() {
        return selected;
    }

    public RoleControl role(ParamRole role) {
        return roles.get(role);
    }

    /** Every loss's parameters now: a new set on every change of any loss. */
    public ReadOnlyObjectProperty<ParameterSet> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    /**
     * The set as last replaced other than through the editors (a session or scenario restored, all
     * reset, class-shaped values refitted), so the editors re-read them. Not on editor input:
     * rebuilding an editor while it is being dragged or typed in would lose the gesture.
     */
    public ReadOnlyObjectProperty<ParameterSet> restoredProperty() {
        return restored.getReadOnlyProperty();
    }

    /** The current parameters of a loss of the mode on screen. */
    public Params params(String lossId) {
        return values.get().of(spec(lossId, mode()));
    }

    /**
     * The current parameters of one loss of either mode. The binary-only views (imbalance, confidence,
     * optimise) ask by spec, so they keep reading the binary losses' values while the drawing is
     * multiclass (where an id such as "bce" does not exist, and "dice" names another entry).
     */
    public Params params(LossSpec spec) {
        return values.get().of(spec);
    }

    /** The mode on screen: the selected loss's (or the first loss's while none is selected). */
    public Mode mode() {
        LossSpec spec = selected.get();
        return spec != null ? spec.mode() : specs.get(0).mode();
    }

    /** An immutable copy of the parameters of every loss of the mode on screen, by loss id, for a request. */
    public Map<String, Params> snapshot() {
        return snapshot(mode());
    }

    /** An immutable copy of the parameters of every loss of {@code mode}, by loss id. */
    public Map<String, Params> snapshot(Mode mode) {
        return values.get().forMode(mode);
    }

    /** The label count of the drawing: the size class matrices and weights must have. */
    public javafx.beans.property.ReadOnlyIntegerProperty classCountProperty() {
        return classCount;
    }

    /** Every loss's parameters, both modes, keyed by catalogue label ("dice (binary)"), for a session. */
    public Map<String, Params> snapshotAll() {
        return new LinkedHashMap<>(values.get().byLabel());
    }

    /** Restores parameters saved by {@link #snapshotAll()}; labels this catalogue lacks are ignored. */
    public void restoreAll(Map<String, Params> saved) {
        replace(values.get().withAll(saved));
    }

    /** Replaces the parameters of a loss of the mode on screen, as a session or scenario restores them. */
    public void restore(String lossId, Params p) {
        replace(values.get().with(spec(lossId, mode()), p));
    }

    /**
     * Puts class-shaped parameters (class weights, class matrices) that do not fit {@code classes} back
     * to their default, which the core derives from C: after the label count changes they would fail.
     */
    public void fitClassShapedParameters(int classes) {
        classCount.set(classes);
        ParameterSet fitted = values.get();
        for (LossSpec spec : specs) {
            for (ParamSpec param : spec.params()) {
                Object v = fitted.of(spec).get(param.name());
                boolean misfit = v instanceof double[][] m && m.length != classes
                        || v instanceof double[] w && w.length != classes;
                if (misfit) {
                    fitted = fitted.with(spec, fitted.of(spec).with(spec.label(), spec.params(), param.name(), null));
                }
            }
        }
        if (fitted != values.get()) {
            values.set(fitted);
            restored.set(fitted);
        }
    }

    /**
     * Sets one parameter of the selected loss.
     *
     * @throws InvalidParameterException naming the parameter and its range; nothing changes then
     */
    public void set(String name, Object value) {
        LossSpec spec = selected.get();
        if (spec == null) {
            return;
        }
        put(spec, params(spec.id()).with(spec.label(), spec.params(), name, value));
        spec.param(name).filter(p -> p.role() != ParamRole.NONE).ifPresent(p -> retarget());
    }

    /** Every parameter of the selected loss back to the catalogue default. */
    public void resetSelected() {
        LossSpec spec = selected.get();
        if (spec != null) {
            put(spec, spec.defaults());
            retarget();
        }
    }

    public void resetAll() {
        replace(ParameterSet.defaults(specs));
    }

    private void applyRole(RoleControl control, double value) {
        LossSpec spec = selected.get();
        if (spec == null || control.driven().isEmpty()) {
            return;
        }
        Params p = params(spec.id());
        for (ParamSpec param : control.driven()) {
            double clamped = Math.min(param.max(), Math.max(param.min(), value));
            p = p.with(spec.label(), spec.params(), param.name(), clamped);
        }
        put(spec, p);
    }

    private void put(LossSpec spec, Params p) {
        values.set(values.get().with(spec, p));
    }

    /** Values replaced from outside the editors: the α/β/γ controls and the editors re-read them. */
    private void replace(ParameterSet set) {
        values.set(set);
        restored.set(set);
        retarget();
    }

    private LossSpec spec(String lossId, Mode mode) {
        return specs.stream().filter(s -> s.mode() == mode && s.id().equals(lossId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no loss '" + lossId + "'"));
    }

    private void retarget() {
        LossSpec spec = selected.get();
        retargeting = true;
        try {
            for (RoleControl control : roles.values()) {
                control.retarget(spec);
                if (!control.driven().isEmpty()) {
                    control.valueProperty().set(params(spec.id()).real(control.driven().get(0).name()));
                }
            }
        } finally {
            retargeting = false;
        }
    }
}
