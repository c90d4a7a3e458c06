package org.losslens.app.multiclass;

import java.util.ArrayList;
import java.util.List;
import org.losslens.app.generator.GeneratorViewModel;
import org.losslens.app.masks.Masks;
import org.losslens.core.synthesis.PredictionRecipe;

/**
 * The multiclass starting scene: an organ-like region (label 1) with a structure inside it (label 2)
 * that touches it, further labels as separate blobs, and a slightly shifted, blurred prediction.
 */
public final class MulticlassExample {

    private MulticlassExample() {
    }

    public static Masks create(int size, int classes) {
        int n = size * size;
        double[] labels = new double[n];
        double c = size / 2.0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double dx = x + 0.5 - c * 0.8;
                double dy = y + 0.5 - c;
                int label = 0;
                if (Math.hypot(dx, dy) < size * 0.28) {
                    label = 1;
                }
                if (classes > 2 && Math.hypot(dx - size * 0.08, dy) < size * 0.11) {
                    label = 2;
                }
                for (int extra = 3; extra < classes; extra++) {
                    double bx = size * (0.80 - 0.02 * extra);
                    double by = size * (0.15 + 0.22 * (extra - 3));
                    if (Math.hypot(x + 0.5 - bx, y + 0.5 - by) < size * 0.07) {
                        label = extra;
                    }
                }
                labels[y * size + x] = label;
            }
        }
        double[] p = new double[classes * n];
        java.util.Arrays.fill(p, 0, n, 1);
        Masks blank = Masks.labelled(classes, size, size, labels, p);
        return GeneratorViewModel.generate(blank, recipes());
    }

    /** Class 1 good, class 2 shifted by a few pixels: something for the losses to disagree about. */
    public static List<PredictionRecipe> recipes() {
        List<PredictionRecipe> recipes = new ArrayList<>();
        for (int label = 0; label < Masks.MAX_CLASSES; label++) {
            PredictionRecipe r = PredictionRecipe.defaults().withBlurSigma(1.5);
            recipes.add(label == 2 ? r.withShift(3, 2) : r);
        }
        return recipes;
    }
}
