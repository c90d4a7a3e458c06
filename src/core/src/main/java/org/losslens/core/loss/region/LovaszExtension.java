package org.losslens.core.loss.region;

import org.losslens.core.ranking.DescendingOrder;

/**
 * The Lovász extension of the Jaccard loss (Berman et al. 2018, "The Lovász-Softmax loss", eq. 8–9
 * and Algorithm 1), shared by the Lovász hinge and the Lovász-softmax.
 *
 * <p>For a vector of per-pixel errors m sorted in decreasing order by a permutation π, the extension
 * is Δ̄(m) = Σ_k m_π(k)·g_k with g_k = J(k) − J(k − 1), where
 * J(k) = 1 − (G − Σ_{j≤k} t_π(j)) / (G + Σ_{j≤k} (1 − t_π(j))) is the Jaccard loss of predicting the
 * first k sorted pixels as foreground, G = Σ t, and J(0) = 0. The extension is piecewise linear in m:
 * with π held fixed its gradient with respect to m_π(k) is exactly g_k, so the permutation is a
 * constant for the gradient (it is differentiable everywhere except where two errors tie).
 */
final class LovaszExtension {

    private LovaszExtension() {
    }

    /**
     * The permutation sorting {@code errors} in decreasing order. Ties keep ascending index order
     * (a stable sort), so the result is deterministic.
     */
    static int[] sortDescending(double[] errors) {
        return DescendingOrder.of(errors);
    }

    /**
     * The leading part of {@link #sortDescending}: the indices whose error is positive, in the same
     * order. Where only positive errors count (the hinge's ReLU), the rest of the sort is wasted work —
     * and for a fair prediction most pixels are outside the margin, so this sorts few of them.
     */
    static int[] sortPositiveDescending(double[] errors) {
        int count = 0;
        for (double e : errors) {
            if (e > 0) {
                count++;
            }
        }
        int[] positive = new int[count];
        double[] values = new double[count];
        for (int i = 0, j = 0; i < errors.length; i++) {
            if (errors[i] > 0) {
                positive[j] = i;
                values[j++] = errors[i];
            }
        }
        // the subset keeps ascending index order, so ties still fall in ascending index order
        int[] order = DescendingOrder.of(values);
        for (int k = 0; k < count; k++) {
            order[k] = positive[order[k]];
        }
        return order;
    }

    /**
     * The gradient g of the Lovász extension of the Jaccard loss for ground-truth values already
     * sorted by decreasing error ({@code foregroundSorted[k]} = t_π(k), 0 or 1). The denominator
     * G + Σ(1 − t) is at least 1 at every k, so g is always finite; for an empty ground truth
     * g = (1, 0, …, 0).
     */
    static double[] jaccardGradient(double[] foregroundSorted) {
        double total = 0;
        for (double t : foregroundSorted) {
            total += t;
        }
        return jaccardGradient(foregroundSorted, total);
    }

    /**
     * The first {@code foregroundSorted.length} entries of g (a prefix of the ranking), given G = Σ t over all pixels:
     * g_k depends only on the pixels ranked up to k and on G.
     */
    static double[] jaccardGradient(double[] foregroundSorted, double total) {
        double[] g = new double[foregroundSorted.length];
        jaccardGradient(foregroundSorted, total, g);
        return g;
    }

    /** As {@link #jaccardGradient(double[])}, into {@code g} (of the same length), for a caller that reuses it. */
    static void jaccardGradient(double[] foregroundSorted, double[] g) {
        double total = 0;
        for (double t : foregroundSorted) {
            total += t;
        }
        jaccardGradient(foregroundSorted, total, g);
    }

    private static void jaccardGradient(double[] foregroundSorted, double total, double[] g) {
        JaccardSteps steps = new JaccardSteps(total);
        for (int k = 0; k < foregroundSorted.length; k++) {
            g[k] = steps.next(foregroundSorted[k]);
        }
    }

    /**
     * g_k one rank at a time, for a caller that walks the ranking once and uses each g_k as it comes
     * (no array of g): {@link #next} takes t_π(k) for k = 0, 1, … and returns g_k. A small object the
     * JIT keeps in registers once the loop inlines {@code next}.
     */
    static final class JaccardSteps {

        private final double total;
        private double cumulativeForeground;
        private double cumulativeBackground;
        private double previous;

        /** @param total G = Σ t over all pixels */
        JaccardSteps(double total) {
            this.total = total;
        }

        /** g_k = J(k) − J(k − 1), given t_π(k); the calls go through the ranking in order. */
        double next(double foreground) {
            cumulativeForeground += foreground;
            cumulativeBackground += 1 - foreground;
            double intersection = total - cumulativeForeground;
            double union = total + cumulativeBackground;
            double jaccard = 1 - intersection / union;
            double g = jaccard - previous;
            previous = jaccard;
            return g;
        }
    }
}
