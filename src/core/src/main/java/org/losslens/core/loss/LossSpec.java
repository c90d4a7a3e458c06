package org.losslens.core.loss;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.losslens.core.loss.param.ParamSpec;
import org.losslens.core.loss.param.Params;

/**
 * One catalogue entry: a loss in one mode, its parameters, what it is and where its definition
 * comes from. The CLI's help, the app's sliders and table, and the tests all read these entries.
 */
public final class LossSpec {

    private final String id;
    private final Mode mode;
    private final Family family;
    private final String title;
    private final String summary;
    private final String reference;
    private final String gradientNote;
    private final boolean softTargets;
    private final boolean usesGtDistance;
    private final boolean thresholdsPrediction;
    private final boolean sorts;
    private final List<ParamSpec> params;
    private final Function<Params, Loss> factory;

    private LossSpec(Builder b) {
        id = Objects.requireNonNull(b.id);
        mode = Objects.requireNonNull(b.mode);
        family = Objects.requireNonNull(b.family);
        title = Objects.requireNonNull(b.title, "title");
        summary = Objects.requireNonNull(b.summary, "summary");
        reference = Objects.requireNonNull(b.reference, "reference");
        gradientNote = b.gradientNote;
        softTargets = b.softTargets;
        usesGtDistance = b.usesGtDistance;
        thresholdsPrediction = b.thresholdsPrediction;
        sorts = b.sorts;
        params = List.copyOf(b.params);
        factory = b.factory;
    }

    public static Builder builder(String id, Mode mode, Family family) {
        return new Builder(id, mode, family);
    }

    /** Catalogue id, e.g. "focal_tversky". */
    public String id() {
        return id;
    }

    public Mode mode() {
        return mode;
    }

    public Family family() {
        return family;
    }

    /** A human name, e.g. "Focal Tversky". */
    public String title() {
        return title;
    }

    /** One or two sentences: what the loss is and what it rewards. */
    public String summary() {
        return summary;
    }

    /** The paper or implementation whose definition this is. */
    public String reference() {
        return reference;
    }

    /**
     * What to know about the gradient, if anything (empty if nothing): which parts are treated as
     * constants, clamps, or where the value loses digits so that the curve and the exact gradient disagree.
     */
    public Optional<String> gradientNote() {
        return Optional.ofNullable(gradientNote);
    }

    /** True if targets strictly between 0 and 1 are accepted (binary only). */
    public boolean softTargets() {
        return softTargets;
    }

    public boolean usesGtDistance() {
        return usesGtDistance;
    }

    public boolean thresholdsPrediction() {
        return thresholdsPrediction;
    }

    public boolean sorts() {
        return sorts;
    }

    public List<ParamSpec> params() {
        return params;
    }

    public Optional<ParamSpec> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** "dice (binary)". */
    public String label() {
        return id + " (" + mode.id() + ")";
    }

    /** False while the loss is catalogued but not yet computed by LossLens. */
    public boolean implemented() {
        return factory != null;
    }

    /** Checks raw parameter values (see {@link Params#bind}). */
    public Params bind(Map<String, ?> raw, boolean requireAll) {
        return Params.bind(label(), params, raw, requireAll);
    }

    public Params defaults() {
        return Params.defaults(params);
    }

    /**
     * A loss with these parameters.
     *
     * @throws UnsupportedOperationException if the loss is not implemented yet
     */
    public Loss create(Params values) {
        if (factory == null) {
            throw new UnsupportedOperationException("loss " + label() + " is catalogued but not implemented yet");
        }
        return factory.apply(values);
    }

    /**
     * Checks that this loss can score {@code input}: the mode matches, and a soft binary target is
     * only given to a loss that accepts soft targets.
     *
     * @throws IllegalArgumentException saying what does not fit
     */
    public void checkApplicable(LossInput input) {
        if (input.mode() != mode) {
            throw new IllegalArgumentException(label() + " needs a " + mode.id() + " input, got " + input.mode().id());
        }
        if (!softTargets && !input.target().isHard()) {
            throw new IllegalArgumentException(label() + " needs a hard 0/1 target; this target has values strictly "
                    + "between 0 and 1");
        }
    }

    /** Checks applicability, then computes value and gradient with these parameters. */
    public LossResult evaluate(Params values, LossInput input) {
        checkApplicable(input);
        return create(values).evaluate(input);
    }

    /** A loss with default parameters. */
    public Loss create() {
        return create(defaults());
    }

    @Override
    public String toString() {
        return label();
    }

    /** Fluent construction of a catalogue entry. */
    public static final class Builder {
        private final String id;
        private final Mode mode;
        private final Family family;
        private String title;
        private String summary;
        private String reference;
        private String gradientNote;
        private boolean softTargets;
        private boolean usesGtDistance;
        private boolean thresholdsPrediction;
        private boolean sorts;
        private final List<ParamSpec> params = new ArrayList<>();
        private Function<Params, Loss> factory;

        private Builder(String id, Mode mode, Family family) {
            this.id = id;
            this.mode = mode;
            this.family = family;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder summary(String value) {
            summary = value;
            return this;
        }

        public Builder reference(String value) {
            reference = value;
            return this;
        }

        public Builder gradientNote(String value) {
            gradientNote = value;
            return this;
        }

        public Builder softTargets() {
            softTargets = true;
            return this;
        }

        public Builder usesGtDistance() {
            usesGtDistance = true;
            return this;
        }

        public Builder thresholdsPrediction() {
            thresholdsPrediction = true;
            return this;
        }

        public Builder sorts() {
            sorts = true;
            return this;
        }

        public Builder param(ParamSpec spec) {
            params.add(spec);
            return this;
        }

        public Builder factory(Function<Params, Loss> value) {
            factory = value;
            return this;
        }

        public LossSpec build() {
            return new LossSpec(this);
        }
    }
}
