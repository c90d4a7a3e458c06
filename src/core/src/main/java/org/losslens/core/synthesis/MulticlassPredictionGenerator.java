package org.losslens.core.synthesis;

import java.util.List;

/**
 * A multiclass prediction from a label map, one {@link PredictionRecipe} per class, so each class can
 * be shifted, blurred or made unsure on its own (e.g. "the model is good at class 1, sloppy at class 2").
 *
 * <p>Each foreground class c gets an evidence map q_c in [0, 1] from the binary generator applied to
 * its own region (label = c). Background is what no class claims: its weight is Π_c (1 − q_c), as if
 * each class were an independent detector. The class weights q_c and the background weight are then
 * normalised per pixel, so the result is a proper distribution over the C classes.
 */
public final class MulticlassPredictionGenerator {

    private MulticlassPredictionGenerator() {
    }

    /**
     * @param labels  one label per pixel, 0 = background, 1..classes−1 foreground classes
     * @param recipes one recipe per class (index = label); the background's entry is not used
     * @return classes × pixels probabilities, channel-major, each pixel summing to 1
     */
    public static double[] generate(int height, int width, int classes, int[] labels, List<PredictionRecipe> recipes) {
        if (classes < 2 || recipes.size() != classes) {
            throw new IllegalArgumentException("need ≥ 2 classes and one recipe per class, got " + classes
                    + " classes and " + recipes.size() + " recipes");
        }
        int n = height * width;
        if (labels.length != n) {
            throw new IllegalArgumentException(height + "x" + width + " needs " + n + " labels, got " + labels.length);
        }
        double[] out = new double[classes * n];
        double[] background = new double[n];
        java.util.Arrays.fill(background, 1);
        for (int c = 1; c < classes; c++) {
            double[] region = new double[n];
            for (int i = 0; i < n; i++) {
                region[i] = labels[i] == c ? 1 : 0;
            }
            double[] evidence = PredictionGenerator.generate(height, width, region, recipes.get(c));
            for (int i = 0; i < n; i++) {
                out[c * n + i] = evidence[i];
                background[i] *= 1 - evidence[i];
            }
        }
        for (int i = 0; i < n; i++) {
            out[i] = background[i];
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += out[c * n + i];
            }
            for (int c = 0; c < classes; c++) {
                out[c * n + i] /= sum;
            }
        }
        return out;
    }
}
