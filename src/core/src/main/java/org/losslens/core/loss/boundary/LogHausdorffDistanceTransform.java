package org.losslens.core.loss.boundary;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.losslens.core.activation.Activations;
import org.losslens.core.geometry.Mask;
import org.losslens.core.geometry.PixelMap;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Log Hausdorff distance-transform loss (Karimi & Salcudean, IEEE TMI 2020, eq. 8, under a log), as
 * MONAI's LogHausdorffDTLoss:
 * <pre>
 *   f_c = mean_i( (p_c,i − t_c,i)² · (d_p,c,i^α + d_t,c,i^α) ),   L = ln(1 + mean_c f_c)
 * </pre>
 * with d_m = EDT(m) + EDT(not m) of a mask m, 0 for an empty or full mask (as
 * {@link HausdorffDistanceTransform}); d_t of the GT channel, d_p of the thresholded p_c > 0.5.
 * Binary: one channel, p = σ(x). Multiclass: softmax over all C channels, then channel 0 dropped
 * unless include_background. The fields are constants, so
 * ∂L/∂p_c,i = 2(p − t)(d_p^α + d_t^α) / (N·K·(1 + mean f)) with K the kept channels.
 */
public final class LogHausdorffDistanceTransform implements Loss {

    public static final LossSpec BINARY = base(Mode.BINARY, "Karimi & Salcudean 2020 (IEEE TMI), eq. 8; MONAI "
            + "LogHausdorffDTLoss(sigmoid=True)")
            .factory(p -> new LogHausdorffDistanceTransform(p.real("alpha"), true))
            .build();

    public static final LossSpec MULTICLASS = base(Mode.MULTICLASS, "Karimi & Salcudean 2020 (IEEE TMI), eq. 8; "
            + "MONAI LogHausdorffDTLoss(softmax=True, to_onehot_y=True)")
            .param(ParamSpec.flag("include_background", false,
                    "whether the background channel 0 is scored (MONAI's default false scores only the foreground classes)"))
            .factory(p -> new LogHausdorffDistanceTransform(p.real("alpha"), p.flag("include_background")))
            .build();

    /** Per target: the distance field of every one-hot channel. */
    private static final Function<Target, PixelMap[]> TARGET_FIELDS = t -> {
        PixelMap[] fields = new PixelMap[t.classes()];
        int n = t.pixels();
        for (int c = 0; c < t.classes(); c++) {
            fields[c] = HausdorffDistanceTransform.field(Mask.above(t.height(), t.width(), t.oneHotValues(), c * n, 0.5));
        }
        return fields;
    };

    /**
     * Per prediction: the distance field of each softmax channel's thresholded mask p_c > 0.5, built on
     * first use (channel 0 only when include_background asks for it) and then reused by every call on
     * that prediction, as hausdorff_dt reuses the binary one.
     */
    private static final Function<Activations, AtomicReferenceArray<PixelMap>> PREDICTION_FIELDS =
            a -> new AtomicReferenceArray<>(a.shape().channels());

    private final double alpha;
    private final boolean includeBackground;

    public LogHausdorffDistanceTransform(double alpha, boolean includeBackground) {
        this.alpha = alpha;
        this.includeBackground = includeBackground;
    }

    private static LossSpec.Builder base(Mode mode, String reference) {
        return LossSpec.builder("log_hausdorff_dt", mode, Family.BOUNDARY)
                .title("Log Hausdorff distance-transform loss")
                .summary("ln(1 + the Hausdorff distance-transform loss): squared errors weighted by the distance maps "
                        + "of GT and thresholded prediction, under a log that tames the huge values of far-off errors.")
                .reference(reference)
                .gradientNote("The distance fields of the GT and of the thresholded prediction p > 0.5 are constants; "
                        + "the log divides every pixel's gradient by 1 + the inner loss. The field of the prediction "
                        + "jumps when a probability crosses 0.5, where the loss is not differentiable.")
                .usesGtDistance()
                .thresholdsPrediction()
                .param(ParamSpec.real("alpha", 2.0, 0.5, 4.0, ParamRole.ALPHA,
                        "exponent on the distance maps: larger α weights far-off errors more"));
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Activations a = input.activations();
        Target t = input.target();
        boolean binary = input.mode() == Mode.BINARY;
        PixelMap[] targetFields = binary ? new PixelMap[] {HausdorffDistanceTransform.targetField(t)}
                : t.derived(TARGET_FIELDS);
        int n = input.pixels();
        int channels = input.channels();
        int first = binary || includeBackground ? 0 : 1;
        int kept = channels - first;
        double[] target = t.oneHotValues();
        double[] probability = a.probabilityValues();
        // d_p^α + d_t^α per kept entry, then (second pass) ∂L/∂p in its place: one C·H·W array, not three
        double[] dLossDProbability = new double[input.shape().size()];
        double sum = 0;
        for (int c = first; c < channels; c++) {
            int offset = c * n;
            PixelMap predictionField = binary ? HausdorffDistanceTransform.predictionField(a)
                    : predictionField(a, c);
            PixelMap targetField = targetFields[c];
            for (int i = 0; i < n; i++) {
                int k = offset + i;
                double e = error(a, binary, probability[k], target[k], k);
                double w = HausdorffDistanceTransform.power(predictionField.get(i), alpha)
                        + HausdorffDistanceTransform.power(targetField.get(i), alpha);
                dLossDProbability[k] = w;
                sum += e * e * w;
            }
        }
        double inner = sum / ((double) n * kept);
        double step = 2 / ((double) n * kept * (1 + inner));
        for (int k = first * n; k < dLossDProbability.length; k++) {
            dLossDProbability[k] = step * error(a, binary, probability[k], target[k], k) * dLossDProbability[k];
        }
        a.backpropagate(dLossDProbability, scale, gradient);
        return Math.log1p(inner);
    }

    /** p − t; binary where t = 1, −(1 − p) from the sigmoid's own complement, accurate where p rounds to 1. */
    private static double error(Activations a, boolean binary, double p, double t, int k) {
        return binary && t == 1 ? -a.complement(k) : p - t;
    }

    /** d_p of softmax channel c's thresholded mask, from the prediction's cache. */
    private static PixelMap predictionField(Activations a, int c) {
        AtomicReferenceArray<PixelMap> fields = a.derived(PREDICTION_FIELDS);
        PixelMap field = fields.get(c);
        if (field == null) {
            int n = a.shape().height() * a.shape().width();
            field = HausdorffDistanceTransform.field(
                    Mask.above(a.shape().height(), a.shape().width(), a.probabilityValues(), c * n, 0.5));
            // a racing thread computes the same field; keep the first stored
            if (!fields.compareAndSet(c, null, field)) {
                field = fields.get(c);
            }
        }
        return field;
    }
}
