package org.losslens.app.multiclass;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import org.losslens.core.loss.param.ClassMatrices;
import org.losslens.core.loss.param.InvalidParameterException;
import org.losslens.core.loss.param.ParamSpec;

/**
 * A C×C class matrix being edited: the Wasserstein Dice distance matrix (symmetric, zero diagonal,
 * non-negative) or the non-adjacency forbidden-pair matrix (the same, with entries 0 or 1). Edits go
 * to a draft; the draft is checked with the core's own {@link ClassMatrices} rules and applied only
 * when valid, so the loss never sees an invalid matrix and the editor can say exactly what is wrong.
 */
public final class ClassMatrixViewModel {

    /** Which rules and which default (the core derives the default from C) a matrix parameter has. */
    public enum Rule {
        DISTANCE, FORBIDDEN_PAIRS;

        /** The rule of a catalogue matrix parameter: "forbidden" holds pairs, any other is a distance. */
        public static Rule of(ParamSpec spec) {
            return spec.name().equals("forbidden") ? FORBIDDEN_PAIRS : DISTANCE;
        }

        double[][] defaults(int classes) {
            return this == FORBIDDEN_PAIRS ? ClassMatrices.distinctForegroundPairs(classes)
                    : ClassMatrices.oneMinusIdentity(classes);
        }

        void check(String name, double[][] m) {
            if (this == FORBIDDEN_PAIRS) {
                ClassMatrices.requireSymmetricBinary(name, m);
            } else {
                ClassMatrices.requireSymmetricNonNegative(name, m);
            }
        }
    }

    private final ParamSpec spec;
    private final Rule rule;
    private final double[][] draft;
    private final Consumer<double[][]> apply;
    private final BooleanProperty keepSymmetric = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final LongProperty revision = new SimpleLongProperty();

    /**
     * @param current the parameter's value, or null for the core's default for {@code classes}
     * @param apply   receives each valid matrix (null: back to the default)
     */
    public ClassMatrixViewModel(ParamSpec spec, double[][] current, int classes, Consumer<double[][]> apply) {
        this.spec = spec;
        this.rule = Rule.of(spec);
        this.apply = apply;
        this.draft = current != null && current.length == classes ? copy(current) : rule.defaults(classes);
    }

    public int classes() {
        return draft.length;
    }

    public Rule rule() {
        return rule;
    }

    public double get(int row, int column) {
        return draft[row][column];
    }

    /** Mirrors each edit to the transposed entry, so a distance stays symmetric by construction. */
    public BooleanProperty keepSymmetricProperty() {
        return keepSymmetric;
    }

    /** Empty while the draft is valid (and applied); otherwise the core's reason, naming the entry. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Incremented on every change of the draft, so an editor redraws its cells. */
    public LongProperty revisionProperty() {
        return revision;
    }

    /**
     * Sets one entry of the draft and applies the draft if it is valid.
     *
     * @return true if the draft is valid and was applied
     */
    public boolean set(int row, int column, double value) {
        draft[row][column] = value;
        if (keepSymmetric.get()) {
            draft[column][row] = value;
        }
        revision.set(revision.get() + 1);
        try {
            rule.check(spec.name(), draft);
        } catch (InvalidParameterException e) {
            problem.set(e.getMessage());
            return false;
        }
        problem.set("");
        apply.accept(copy(draft));
        return true;
    }

    /** Back to the core's default for this C. */
    public void reset() {
        double[][] d = rule.defaults(draft.length);
        for (int i = 0; i < d.length; i++) {
            draft[i] = d[i];
        }
        problem.set("");
        revision.set(revision.get() + 1);
        apply.accept(null);
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
