package org.losslens.app.losses;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.losslens.app.compute.Evaluation;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossSpec;

/**
 * The losses of one mode, grouped by family in catalogue order, and which one is selected. Entries
 * the core has not implemented yet are listed (as "not yet available"), never hidden. Switching the
 * mode replaces the rows with the other mode's losses ({@link #specsProperty()} tells the view).
 */
public final class LossTableViewModel {

    private final javafx.beans.property.BooleanProperty hidden = new javafx.beans.property.SimpleBooleanProperty(false);

    private final ReadOnlyObjectWrapper<List<LossSpec>> specs = new ReadOnlyObjectWrapper<>(List.of());
    private final Map<String, LossRow> rows = new LinkedHashMap<>();
    private final ObjectProperty<LossSpec> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Evaluation> pinned = new ReadOnlyObjectWrapper<>();

    public LossTableViewModel(List<LossSpec> specs, String initiallySelected) {
        show(specs, initiallySelected);
    }

    /** Replaces the rows (e.g. after a mode switch) and selects {@code preferred}, or the first loss. */
    public void show(List<LossSpec> newSpecs, String preferred) {
        rows.clear();
        newSpecs.forEach(s -> rows.put(s.id(), new LossRow(s)));
        pinRows();
        specs.set(List.copyOf(newSpecs));
        selected.set(newSpecs.stream().filter(s -> s.id().equals(preferred)).findFirst()
                .orElse(newSpecs.stream().filter(LossSpec::implemented).findFirst().orElse(null)));
    }

    public List<LossSpec> specs() {
        return specs.get();
    }

    public ReadOnlyObjectProperty<List<LossSpec>> specsProperty() {
        return specs.getReadOnlyProperty();
    }

    /** Families that have at least one entry, in family order. */
    public List<Family> families() {
        List<Family> out = new ArrayList<>();
        for (Family f : Family.values()) {
            if (specs().stream().anyMatch(s -> s.family() == f)) {
                out.add(f);
            }
        }
        return Collections.unmodifiableList(out);
    }

    public List<LossRow> rows(Family family) {
        return rows.values().stream().filter(r -> r.spec().family() == family).toList();
    }

    public Optional<LossRow> row(String lossId) {
        return Optional.ofNullable(rows.get(lossId));
    }

    public ObjectProperty<LossSpec> selectedProperty() {
        return selected;
    }

    public void select(String lossId) {
        Optional.ofNullable(rows.get(lossId)).ifPresent(r -> selected.set(r.spec()));
    }

    /**
     * Compares every row with the pinned state A from now on (null: no pin): each row then also shows
     * B − A and B / A. A loss A has no value for (another mode) shows no comparison.
     */
    public void pin(Evaluation a) {
        pinned.set(a);
        pinRows();
    }

    /**
     * Whether the values (and their comparison) are hidden: a "predict first" question is open
     * ({@link org.losslens.app.guess.GuessViewModel}), and the class should guess before it sees them.
     */
    public javafx.beans.property.BooleanProperty hiddenProperty() {
        return hidden;
    }

    /** The pinned state the rows are compared with, or null. */
    public ReadOnlyObjectProperty<Evaluation> pinnedProperty() {
        return pinned.getReadOnlyProperty();
    }

    private void pinRows() {
        Evaluation a = pinned.get();
        rows.forEach((id, row) -> row.pin(a == null ? Double.NaN
                : a.outcome(id).filter(o -> o.isComputed()).map(o -> o.value()).orElse(Double.NaN)));
    }

    /** Shows a computation's values (on the FX thread): each row's value changes in place. */
    public void show(Evaluation evaluation) {
        show(evaluation, null);
    }

    /** Like {@link #show(Evaluation)}, leaving the row of {@code keep} (null: none) as it is. */
    public void show(Evaluation evaluation, String keep) {
        evaluation.outcomes().forEach((id, outcome) -> {
            LossRow row = rows.get(id);
            if (row != null && !id.equals(keep)) {
                row.show(outcome);
            }
        });
    }
}
