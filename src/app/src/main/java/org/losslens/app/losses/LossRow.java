package org.losslens.app.losses;

import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.losslens.app.compute.LossOutcome;
import org.losslens.app.pin.PinComparison;
import org.losslens.core.loss.LossSpec;

/** One loss in the table: its catalogue entry and its live value (or why there is none). */
public final class LossRow {

    private final LossSpec spec;
    private final ReadOnlyDoubleWrapper value = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyStringWrapper display = new ReadOnlyStringWrapper();
    /** The value in the pinned state A (NaN: no pin, or none there); the comparison column shows B against it. */
    private double pinned = Double.NaN;
    private final ReadOnlyStringWrapper comparison = new ReadOnlyStringWrapper("");

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

    /** "Δ +0.315 · ×6.83" against the pin; empty without one. */
    public ReadOnlyStringProperty comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    void show(LossOutcome outcome) {
        value.set(outcome.value());
        display.set(outcome.isComputed() ? format(outcome.value()) : outcome.problem());
        compare();
    }

    void pin(double pinnedValue) {
        pinned = pinnedValue;
        compare();
    }

    private void compare() {
        double now = value.get();
        comparison.set(Double.isNaN(pinned) || Double.isNaN(now) ? "" : new PinComparison(pinned, now).format());
    }

    static String format(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : String.valueOf(v);
    }
}
