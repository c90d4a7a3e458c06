package org.losslens.app.comparison;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.LossSpec;

/**
 * A set of losses being compared — the panels of the heatmap grid, or the lines of the imbalance chart.
 * Kept in catalogue order whatever order they were ticked in, so colours and panels stay put.
 */
public final class LossSelection {

    private final List<LossSpec> candidates;
    private final ObservableList<LossSpec> chosen = FXCollections.observableArrayList();

    /**
     * @param specs       the mode's catalogue; unimplemented entries cannot be chosen
     * @param defaultIds  the first choice; empty: one loss per family
     */
    public LossSelection(List<LossSpec> specs, List<String> defaultIds) {
        candidates = specs.stream().filter(LossSpec::implemented).toList();
        if (defaultIds.isEmpty()) {
            chosen.setAll(onePerFamily(candidates));
        } else {
            choose(defaultIds);
        }
    }

    /** The first loss of each family: the default comparison. */
    static List<LossSpec> onePerFamily(List<LossSpec> specs) {
        List<LossSpec> out = new ArrayList<>();
        for (Family family : Family.values()) {
            specs.stream().filter(s -> s.family() == family).findFirst().ifPresent(out::add);
        }
        return out;
    }

    public List<LossSpec> candidates() {
        return candidates;
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

    /** Chooses exactly these loss ids (unknown ids are ignored). */
    public void choose(List<String> ids) {
        chosen.setAll(candidates.stream().filter(s -> ids.contains(s.id())).toList());
    }
}
