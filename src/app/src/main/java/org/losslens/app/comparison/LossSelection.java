package org.losslens.app.comparison;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/**
 * A set of losses being compared — the panels of the heatmap grid, or the lines of the imbalance chart.
 * Kept in catalogue order whatever order they were ticked in, so colours and panels stay put.
 *
 * <p>Two variants: a fixed one over one list of losses (the imbalance chart is a binary experiment),
 * and one that {@linkplain #perMode follows the drawing's mode} (the heatmap grid compares whatever
 * the drawing can be scored with), remembering a separate choice per mode so that a round trip
 * through the other mode gives the user's choice back.
 */
public final class LossSelection {

    private final ObservableList<LossSpec> candidates = FXCollections.observableArrayList();
    private final ObservableList<LossSpec> readOnlyCandidates = FXCollections.unmodifiableObservableList(candidates);
    private final ObservableList<LossSpec> chosen = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>();
    /** Per-mode variant only: the choice each mode had when it was last left. */
    private final Map<Mode, List<String>> chosenPerMode;

    /**
     * A fixed selection.
     *
     * @param specs       the losses to choose from (one mode's); unimplemented entries cannot be chosen
     * @param defaultIds  the first choice; empty: one loss per family
     */
    public LossSelection(List<LossSpec> specs, List<String> defaultIds) {
        this(null, specs);
        if (defaultIds.isEmpty()) {
            chosen.setAll(onePerFamily(candidates));
        } else {
            choose(defaultIds);
        }
    }

    private LossSelection(Map<Mode, List<String>> chosenPerMode, List<LossSpec> specs) {
        this.chosenPerMode = chosenPerMode;
        candidates.setAll(specs.stream().filter(LossSpec::implemented).toList());
        mode.set(specs.isEmpty() ? null : specs.get(0).mode());
    }

    /**
     * A selection among the implemented losses of the mode on screen; {@link #showMode} switches it.
     * Each mode starts with one loss per family.
     */
    public static LossSelection perMode(Mode initial) {
        LossSelection selection = new LossSelection(new EnumMap<>(Mode.class), LossCatalogue.forMode(initial));
        selection.mode.set(initial);
        selection.chosen.setAll(onePerFamily(selection.candidates));
        return selection;
    }

    /** The first loss of each family: the default comparison. */
    static List<LossSpec> onePerFamily(List<LossSpec> specs) {
        List<LossSpec> out = new ArrayList<>();
        for (Family family : Family.values()) {
            specs.stream().filter(s -> s.family() == family).findFirst().ifPresent(out::add);
        }
        return out;
    }

    /**
     * Per-mode variant: offers {@code next}'s losses and restores the choice last made in that mode.
     * Candidates change before the choice, so views listening to the choice see consistent items.
     */
    public void showMode(Mode next) {
        if (chosenPerMode == null) {
            throw new IllegalStateException("a fixed loss selection does not follow the mode");
        }
        if (next == mode.get()) {
            return;
        }
        chosenPerMode.put(mode.get(), List.copyOf(ids()));
        List<String> remembered = chosenPerMode.get(next);
        mode.set(next);
        candidates.setAll(LossCatalogue.forMode(next).stream().filter(LossSpec::implemented).toList());
        if (remembered == null) {
            chosen.setAll(onePerFamily(candidates));
        } else {
            choose(remembered);
        }
    }

    /** The mode of the candidates (null for an empty fixed selection). */
    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** Observable (read-only): the per-mode variant swaps them when the mode changes. */
    public ObservableList<LossSpec> candidates() {
        return readOnlyCandidates;
    }

    /** Observable: views tick boxes in it, charts recompute when it changes. */
    public ObservableList<LossSpec> chosen() {
        return chosen;
    }

    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        chosen.forEach(s -> ids.add(s.id()));
        return ids;
    }

    /** The chosen ids that name losses of {@code m}: ids alone are ambiguous ("dice" is in both modes). */
    public Set<String> ids(Mode m) {
        Set<String> ids = new LinkedHashSet<>();
        chosen.stream().filter(s -> s.mode() == m).forEach(s -> ids.add(s.id()));
        return ids;
    }

    /** Chooses exactly these loss ids among the candidates (unknown ids are ignored). */
    public void choose(List<String> ids) {
        chosen.setAll(candidates.stream().filter(s -> ids.contains(s.id())).toList());
    }
}
