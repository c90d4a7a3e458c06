package org.losslens.app.multiclass;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;

/**
 * The per-class weights of multiclass cross-entropy (catalogue parameter {@code class_weights},
 * PyTorch's {@code CrossEntropyLoss(weight)}) being edited. Edits go to a draft of C weights; the draft
 * is applied only when every weight is finite and ≥ 0 and at least one is positive. The core itself
 * accepts all zeros (it then defines the loss as 0), but that silently ignores every pixel, so the
 * editor calls it a mistake. "Uniform" applies null, the core's "no weights", not a vector of ones,
 * so a session keeps saying "unweighted" whatever C becomes.
 */
public final class ClassWeightsViewModel {

    /** Why the draft is not applied; {@code label} is the offending class (−1 for the whole vector). */
    public record Problem(Kind kind, int label, String text) {

        public enum Kind { NOT_A_NUMBER, NOT_FINITE, NEGATIVE, ALL_ZERO }
    }

    private final double[] draft;
    private final Consumer<double[]> apply;
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    /** What the loss uses now: the last valid draft, or null (unweighted). */
    private final ReadOnlyObjectWrapper<double[]> applied = new ReadOnlyObjectWrapper<>();
    private final LongProperty revision = new SimpleLongProperty();

    /**
     * @param current the parameter's value, or null for unweighted; one of another length (C changed)
     *                is taken as unweighted, as the parameters view model resets it
     * @param apply   receives each valid weight vector (null: unweighted)
     */
    public ClassWeightsViewModel(double[] current, int classes, Consumer<double[]> apply) {
        this.apply = apply;
        boolean fits = current != null && current.length == classes;
        draft = fits ? current.clone() : ones(classes);
        applied.set(fits ? current.clone() : null);
    }

    public int classes() {
        return draft.length;
    }

    public double get(int label) {
        return draft[label];
    }

    /** A copy of the draft. */
    public double[] weights() {
        return draft.clone();
    }

    /**
     * The weights the loss uses now (a copy is handed out; do not modify): the last valid draft, or
     * null while unweighted — after "uniform" and before any valid edit. An invalid draft leaves it as it was.
     */
    public ReadOnlyObjectProperty<double[]> appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    /** Null while the draft is valid (and applied). */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Incremented on every change of the draft, so an editor rewrites its fields. */
    public LongProperty revisionProperty() {
        return revision;
    }

    /**
     * Parses a field's text and sets that weight; text that is not a number is reported and changes nothing.
     *
     * @return true if the draft is valid and was applied
     */
    public boolean set(int label, String text) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            problem.set(new Problem(Problem.Kind.NOT_A_NUMBER, label, text.trim()));
            return false;
        }
        return set(label, value);
    }

    /**
     * Sets one weight of the draft and applies the draft if it is valid.
     *
     * @return true if the draft is valid and was applied
     */
    public boolean set(int label, double value) {
        draft[label] = value;
        revision.set(revision.get() + 1);
        Problem p = check(draft);
        problem.set(p);
        if (p != null) {
            return false;
        }
        applied.set(draft.clone());
        apply.accept(draft.clone());
        return true;
    }

    /** Back to unweighted: every class 1, applied as null. */
    public void reset() {
        Arrays.fill(draft, 1.0);
        problem.set(null);
        applied.set(null);
        revision.set(revision.get() + 1);
        apply.accept(null);
    }

    /** The first reason {@code w} cannot be applied, or null. */
    static Problem check(double[] w) {
        boolean positive = false;
        for (int c = 0; c < w.length; c++) {
            if (!Double.isFinite(w[c])) {
                return new Problem(Problem.Kind.NOT_FINITE, c, String.valueOf(w[c]));
            }
            if (w[c] < 0) {
                return new Problem(Problem.Kind.NEGATIVE, c, format(w[c]));
            }
            positive |= w[c] > 0;
        }
        return positive ? null : new Problem(Problem.Kind.ALL_ZERO, -1, "");
    }

    /** A weight as the fields show it: "2", "0.5"; exact (shortest round-trip), so re-reading a field changes nothing. */
    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : Double.toString(v);
    }

    private static double[] ones(int classes) {
        double[] w = new double[classes];
        Arrays.fill(w, 1.0);
        return w;
    }
}
