package org.losslens.app.parameters;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * The state of one of the prominent α, β or γ sliders for the selected loss: whether that loss has
 * a parameter with this role, its range, its value, and — spelled out, because libraries disagree —
 * which parameter it drives and what that parameter weights.
 */
public final class RoleControl {

    private final ParamRole role;
    private final SimpleBooleanProperty available = new SimpleBooleanProperty(false);
    private final SimpleDoubleProperty min = new SimpleDoubleProperty(0);
    private final SimpleDoubleProperty max = new SimpleDoubleProperty(1);
    private final DoubleProperty value = new SimpleDoubleProperty(0);
    private final StringProperty drives = new SimpleStringProperty("");
    private final StringProperty meaning = new SimpleStringProperty("");
    private List<ParamSpec> driven = List.of();

    RoleControl(ParamRole role) {
        this.role = role;
    }

    public ParamRole role() {
        return role;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    public ReadOnlyDoubleProperty minProperty() {
        return min;
    }

    public ReadOnlyDoubleProperty maxProperty() {
        return max;
    }

    /** Bidirectional: the slider writes it, selecting another loss rewrites it. */
    public DoubleProperty valueProperty() {
        return value;
    }

    /** E.g. "tversky · alpha" — or "gamma_dice, gamma_cross" when one role drives several parameters; empty if none. */
    public ReadOnlyStringProperty drivesProperty() {
        return drives;
    }

    /** What the driven parameter weights, from the catalogue's meaning text. */
    public ReadOnlyStringProperty meaningProperty() {
        return meaning;
    }

    List<ParamSpec> driven() {
        return driven;
    }

    BooleanProperty availableWritable() {
        return available;
    }

    /** Points this control at {@code spec}'s parameters with this role (none: unavailable). */
    void retarget(LossSpec spec) {
        driven = spec == null ? List.of()
                : spec.params().stream().filter(p -> p.role() == role).collect(Collectors.toList());
        if (driven.isEmpty()) {
            available.set(false);
            drives.set("");
            meaning.set("");
            return;
        }
        ParamSpec first = driven.get(0);
        min.set(first.min());
        max.set(first.isBounded() ? first.max() : Math.max(10, first.min() + 10));
        drives.set(spec.id() + " · " + driven.stream().map(ParamSpec::name).collect(Collectors.joining(", ")));
        meaning.set(meaning(ParamSpec::meaning));
        available.set(true);
    }

    /**
     * What the driven parameters weight, each meaning given by {@code meaningOf} (the view passes the
     * localised catalogue text; {@link #meaningProperty()} keeps the core's English).
     */
    public String meaning(java.util.function.Function<ParamSpec, String> meaningOf) {
        if (driven.isEmpty()) {
            return "";
        }
        return driven.size() == 1 ? meaningOf.apply(driven.get(0))
                : driven.stream().map(p -> p.name() + ": " + meaningOf.apply(p)).collect(Collectors.joining("; "));
    }

    /** The slider's text field format: enough digits for the catalogue's defaults. */
    public static String format(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
