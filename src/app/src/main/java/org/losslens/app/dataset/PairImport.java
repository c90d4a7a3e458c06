package org.losslens.app.dataset;

import java.util.List;
import org.losslens.app.files.ImportNotice;
import org.losslens.app.files.MaskImport;
import org.losslens.app.masks.Masks;
import org.losslens.core.activation.Activations;
import org.losslens.core.activation.Logit;
import org.losslens.core.loss.LossInput;
import org.losslens.imaging.dataset.SegmentationFiles;
import org.losslens.imaging.png.GreyImage;

/**
 * A dataset case as the editor's masks: the ground truth and the prediction's probabilities (σ of the
 * logits, or their softmax). The editor holds 32–512 px a side: a larger binary pair is downscaled as
 * an opened PNG is (box filter, GT thresholded again at 0.5), with a notice; a multiclass pair, whose
 * labels a box filter would blend, must already fit.
 */
final class PairImport {

    private PairImport() {
    }

    /**
     * @throws ImportNotice.Refusal if the pair cannot be edited (too small, multiclass too large, more
     *                              classes than the editor paints)
     */
    static Masks masks(SegmentationFiles.Loaded loaded, List<ImportNotice> notices) {
        LossInput input = loaded.input();
        int h = input.shape().height();
        int w = input.shape().width();
        int n = h * w;
        Activations a = input.activations();
        if (!input.target().mode().equals(org.losslens.core.loss.Mode.MULTICLASS)) {
            double[] gt = input.target().oneHotCopy();
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = a.probability(i);
            }
            GreyImage truth = MaskImport.fitToLimits(new GreyImage(w, h, gt), notices);
            noteClamping(p, notices);
            GreyImage prediction = MaskImport.fitToLimits(new GreyImage(w, h, p), new java.util.ArrayList<>()); // the GT's notice says it
            double[] t = truth.grey().clone();
            for (int i = 0; i < t.length; i++) {
                t[i] = t[i] >= 0.5 ? 1 : 0;
            }
            double[] q = prediction.grey().clone();
            for (int i = 0; i < q.length; i++) {
                q[i] = Math.min(1, Math.max(0, q[i]));
            }
            return Masks.of(truth.height(), truth.width(), t, q);
        }
        int classes = input.channels();
        if (classes > Masks.MAX_CLASSES) {
            throw new ImportNotice.Refusal(new ImportNotice("dataset.open.tooManyClasses", classes, Masks.MAX_CLASSES));
        }
        if (Math.min(w, h) < Masks.MIN_SIZE || Math.max(w, h) > Masks.MAX_SIZE) {
            throw new ImportNotice.Refusal(new ImportNotice("dataset.open.multiclassSize", w + "×" + h,
                    Masks.MIN_SIZE, Masks.MAX_SIZE));
        }
        double[] labels = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = input.target().label(i);
        }
        double[] p = new double[classes * n];
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.min(1, Math.max(0, a.probability(k)));
        }
        noteClamping(p, notices);
        return Masks.labelled(classes, h, w, labels, p);
    }

    /**
     * The editor keeps probabilities within [ε, 1 − ε] (ε = {@link Logit#PROBABILITY_CLAMP}, so that
     * every logit it hands the core is finite); a network's output is often more confident than that.
     * Those values are then read at the bound, and the editor's losses can differ from the table's
     * (which uses the file's own numbers) in the last digits: the user is told how many there are.
     */
    private static void noteClamping(double[] probabilities, List<ImportNotice> notices) {
        int clamped = 0;
        for (double v : probabilities) {
            if (v < Logit.PROBABILITY_CLAMP || v > 1 - Logit.PROBABILITY_CLAMP) {
                clamped++;
            }
        }
        if (clamped > 0) {
            notices.add(new ImportNotice("dataset.open.clamped", clamped,
                    java.math.BigDecimal.valueOf(Logit.PROBABILITY_CLAMP).stripTrailingZeros().toPlainString()));
        }
    }
}
