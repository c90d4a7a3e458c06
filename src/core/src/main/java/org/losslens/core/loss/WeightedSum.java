package org.losslens.core.loss;

import java.util.List;

/**
 * A compound loss Σ_k w_k·L_k + offset; each term adds its own scaled gradient into the shared array.
 * A term of weight 0 is still evaluated when its value is wanted, but adds no gradient work.
 */
public final class WeightedSum implements Loss {

    /** One weighted term. */
    public record Term(double weight, Loss loss) {
    }

    private final List<Term> terms;
    private final double offset;

    private WeightedSum(List<Term> terms, double offset) {
        this.terms = List.copyOf(terms);
        this.offset = offset;
    }

    public static WeightedSum of(double weight1, Loss loss1, double weight2, Loss loss2) {
        return new WeightedSum(List.of(new Term(weight1, loss1), new Term(weight2, loss2)), 0);
    }

    /** Its weighted terms, in order: the parts a teacher shows as bars (Dice vs CE, …). */
    public List<Term> terms() {
        return terms;
    }

    /** The constant added to the weighted terms (Combo's −(1 − α)); 0 for most sums. */
    public double offset() {
        return offset;
    }

    /** The same sum plus a constant (which changes the value, not the gradient). */
    public WeightedSum plus(double constant) {
        return new WeightedSum(terms, offset + constant);
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        double value = offset;
        for (Term term : terms) {
            value += term.weight() * term.loss().accumulate(input, scale * term.weight(), gradient);
        }
        return value;
    }
}
