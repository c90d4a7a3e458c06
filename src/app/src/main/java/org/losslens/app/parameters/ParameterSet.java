package org.losslens.app.parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.Params;

/**
 * The parameters of every loss of both modes at one moment, immutable: what flows from the parameter
 * controls to everything that computes ({@link ParametersViewModel#valuesProperty()}). A change is a
 * new set, so a listener holds exactly the values it was told about and a request made from it can
 * cross to a worker thread as it is.
 *
 * @param byLabel each loss's values by catalogue label ("dice (binary)"), in catalogue order
 */
public record ParameterSet(List<LossSpec> specs, Map<String, Params> byLabel) {

    public ParameterSet {
        specs = List.copyOf(specs);
        byLabel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLabel));
    }

    /**
     * Identity: a set equals only itself, so every new snapshot is seen as a change by a listener —
     * also one that restores values equal to the last (a second "reset all" must still refresh the
     * editors). Compare contents with {@link #byLabel()} or {@link #forMode(Mode)}.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Every loss at its catalogue defaults. */
    public static ParameterSet defaults(List<LossSpec> specs) {
        Map<String, Params> values = new LinkedHashMap<>();
        specs.forEach(spec -> values.put(spec.label(), spec.defaults()));
        return new ParameterSet(specs, values);
    }

    /** The values of one loss. */
    public Params of(LossSpec spec) {
        Params p = byLabel.get(spec.label());
        if (p == null) {
            throw new IllegalArgumentException("no loss '" + spec.label() + "'");
        }
        return p;
    }

    /** The same set with {@code spec}'s values replaced. */
    public ParameterSet with(LossSpec spec, Params values) {
        of(spec);
        Map<String, Params> copy = new LinkedHashMap<>(byLabel);
        copy.put(spec.label(), values);
        return new ParameterSet(specs, copy);
    }

    /** The same set with the labels of {@code saved} this catalogue knows replaced (a session restored). */
    public ParameterSet withAll(Map<String, Params> saved) {
        Map<String, Params> copy = new LinkedHashMap<>(byLabel);
        saved.forEach((label, p) -> copy.computeIfPresent(label, (l, old) -> p));
        return new ParameterSet(specs, copy);
    }

    /** The values of every loss of {@code mode}, by loss id: what an evaluation request carries. */
    public Map<String, Params> forMode(Mode mode) {
        Map<String, Params> copy = new LinkedHashMap<>();
        specs.stream().filter(s -> s.mode() == mode).forEach(s -> copy.put(s.id(), byLabel.get(s.label())));
        return Map.copyOf(copy);
    }
}
