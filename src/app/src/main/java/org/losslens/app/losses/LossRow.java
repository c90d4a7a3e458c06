package org.losslens.app.losses;

import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.losslens.app.compute.LossOutcome;
import org.losslens.core.loss.LossSpec;

/** One loss in the table: its catalogue entry and its live value (or why there is none). */
public final class LossRow {

    private final LossSpec spec;
    private final ReadOnlyDoubleWrapper value = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyStringWrapper display = new ReadOnlyStringWrapper();

    LossRow(LossSpec spec) {
        this.spec = spec;
        display.set(spec.implemented() ? "…" : "not yet available");
    }

    public LossSpec spec() {
        return spec;
    }

    public ReadOnlyDoubleProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** The value as the table shows it, or the reason it is missing. */
    public ReadOnlyStringProperty displayProperty() {
        return display.getReadOnlyProperty();
    }

    void show(LossOutcome outcome) {
        value.set(outcome.value());
        display.set(outcome.isComputed() ? format(outcome.value()) : outcome.problem());
    }

    static String format(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : String.valueOf(v);
    }
}
