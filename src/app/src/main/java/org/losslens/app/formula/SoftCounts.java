package org.losslens.app.formula;

import org.losslens.app.masks.Masks;

/**
 * The soft confusion counts of a binary drawing, what the region losses are built from: TP = Σ p·g,
 * FP = Σ p(1 − g), FN = Σ (1 − p)g, with p the probability the core sees (clamped as
 * {@link Masks#clampedProbability}) and g the ground truth (Milletari et al. 2016, eq. 1; Salehi et
 * al. 2017, eq. 3). Σp² is the denominator of Dice with squared_pred.
 */
public record SoftCounts(double truePositives, double falsePositives, double falseNegatives, double sumP,
                         double sumG, double sumPSquared, double sumGSquared) {

    /** Counts of a binary drawing; null for a multiclass one (its losses are per class). */
    public static SoftCounts of(Masks m) {
        if (m.isMulticlass()) {
            return null;
        }
        double tp = 0;
        double sumP = 0;
        double sumG = 0;
        double sumP2 = 0;
        double sumG2 = 0;
        for (int i = 0; i < m.pixels(); i++) {
            double p = m.clampedProbability(i);
            double g = m.groundTruth(i);
            tp += p * g;
            sumP += p;
            sumG += g;
            sumP2 += p * p;
            sumG2 += g * g;
        }
        return new SoftCounts(tp, sumP - tp, sumG - tp, sumP, sumG, sumP2, sumG2);
    }
}
