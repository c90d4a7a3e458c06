package org.losslens.core.loss.region;

import org.losslens.core.activation.Activations;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Matthews correlation coefficient loss (Abhishek & Hamarneh, "Matthews correlation coefficient loss
 * for deep convolutional networks: application to skin lesion segmentation", ISBI 2021, eq. 3), as
 * segmentation_models.pytorch's {@code MCCLoss} on p = σ(x) (smp applies no activation):
 * <pre>
 *   TP = Σ p·t + ε, TN = Σ (1 − p)(1 − t) + ε, FP = Σ p(1 − t) + ε, FN = Σ (1 − p)t + ε
 *   L = 1 − (TP·TN − FP·FN) / √((TP + FP)(TP + FN)(TN + FP)(TN + FN))        (range [0, 2])
 * </pre>
 * With D = the square root, ∂MCC/∂p_i = (t_i(TN + FP) − (1 − t_i)(TP + FN))/D − MCC·(1/(TP + FP) −
 * 1/(TN + FN))/2. With ε = 0 and a GT or prediction sum that makes D = 0 (e.g. an empty GT) the
 * correlation is undefined and smp gives NaN; LossLens gives MCC = 0 (loss 1) with zero gradient.
 */
public final class MatthewsCorrelation implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("mcc", Mode.BINARY, Family.REGION)
            .title("Matthews correlation coefficient loss")
            .summary("1 − the soft Matthews correlation between prediction and GT: it uses all four cells of the "
                    + "confusion matrix, true negatives included, so it penalises false positives on a large "
                    + "background as much as misses.")
            .reference("Abhishek & Hamarneh 2021 (ISBI), eq. 3; segmentation_models.pytorch MCCLoss on σ(x)")
            .softTargets()
            .param(ParamSpec.real("eps", 1e-5, 0, 1, ParamRole.NONE,
                    "added to each of TP, TN, FP and FN; keeps the correlation defined for empty or full masks"))
            .factory(p -> new MatthewsCorrelation(p.real("eps")))
            .build();

    private final double eps;

    public MatthewsCorrelation(double eps) {
        this.eps = eps;
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        int n = input.pixels();
        double tp = 0;
        double tn = 0;
        double fp = 0;
        double fn = 0;
        for (int i = 0; i < n; i++) {
            double ti = targetValues[i];
            double p = a.probability(i);
            double q = a.complement(i);
            tp += p * ti;
            tn += q * (1 - ti);
            fp += p * (1 - ti);
            fn += q * ti;
        }
        tp += eps;
        tn += eps;
        fp += eps;
        fn += eps;
        double predictedPositive = tp + fp;
        double predictedNegative = tn + fn;
        double denominator = Math.sqrt(predictedPositive * (tp + fn) * (tn + fp) * predictedNegative);
        if (!(denominator > 0)) {
            return 1;
        }
        double mcc = (tp * tn - fp * fn) / denominator;
        double shift = mcc * (1 / predictedPositive - 1 / predictedNegative) / 2;
        for (int i = 0; i < n; i++) {
            double ti = targetValues[i];
            double dMcc = (ti * (tn + fp) - (1 - ti) * (tp + fn)) / denominator - shift;
            gradient[i] -= scale * dMcc * a.probability(i) * a.complement(i);
        }
        return 1 - mcc;
    }
}
