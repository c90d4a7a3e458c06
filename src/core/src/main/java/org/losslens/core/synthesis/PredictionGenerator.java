package org.losslens.core.synthesis;

import java.util.Random;

/** Turns a ground truth and a {@link PredictionRecipe} into predicted probabilities. */
public final class PredictionGenerator {

    /** Tries per blob to find a centre in the background before giving up on that blob. */
    private static final int BLOB_PLACEMENT_TRIES = 200;

    private PredictionGenerator() {
    }

    /**
     * Probabilities in [0, 1], one per pixel, row-major.
     *
     * @param groundTruth per-pixel values, foreground where ≥ 0.5
     */
    public static double[] generate(int height, int width, double[] groundTruth, PredictionRecipe recipe) {
        BinaryRaster shape = BinaryRaster.threshold(height, width, groundTruth);
        shape = dropSmallest(shape, recipe.droppedComponents());
        shape = shape.shifted(recipe.dx(), recipe.dy());
        shape = Morphology.grow(shape, recipe.growRadius());
        addBlobs(shape, BinaryRaster.threshold(height, width, groundTruth), recipe);
        double[] p = new double[height * width];
        for (int i = 0; i < p.length; i++) {
            p[i] = shape.get(i) ? recipe.confidenceInside() : recipe.confidenceOutside();
        }
        p = GaussianBlur.blur(height, width, p, recipe.blurSigma());
        if (recipe.noiseSigma() > 0) {
            Random noise = new Random(recipe.seed());
            for (int i = 0; i < p.length; i++) {
                p[i] += recipe.noiseSigma() * noise.nextGaussian();
            }
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.min(1, Math.max(0, p[i]));
        }
        return p;
    }

    private static BinaryRaster dropSmallest(BinaryRaster shape, int dropped) {
        for (int k = 0; k < dropped; k++) {
            Components components = Components.of(shape);
            int victim = components.smallest();
            if (victim == 0) {
                break;
            }
            for (int i = 0; i < components.labels().length; i++) {
                if (components.labels()[i] == victim) {
                    shape.set(i, false);
                }
            }
        }
        return shape;
    }

    /**
     * Discs placed, by a generator seeded from the recipe, where neither the ground truth nor the shape
     * is: a false positive must be false. The radius scales with the image so a blob stays visible.
     */
    private static void addBlobs(BinaryRaster shape, BinaryRaster truth, PredictionRecipe recipe) {
        if (recipe.falsePositiveBlobs() == 0) {
            return;
        }
        Random random = new Random(recipe.seed() * 31 + 7);
        double radius = Math.max(1.5, Math.min(shape.height(), shape.width()) / 20.0);
        for (int b = 0; b < recipe.falsePositiveBlobs(); b++) {
            for (int attempt = 0; attempt < BLOB_PLACEMENT_TRIES; attempt++) {
                int cx = random.nextInt(shape.width());
                int cy = random.nextInt(shape.height());
                if (!touches(truth, cx, cy, radius + 1) && !touches(shape, cx, cy, radius + 1)) {
                    shape.fillDisc(cx, cy, radius);
                    break;
                }
            }
        }
    }

    private static boolean touches(BinaryRaster mask, int cx, int cy, double radius) {
        int r = (int) Math.ceil(radius);
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                if (dx * dx + dy * dy <= radius * radius && mask.get(cy + dy, cx + dx)) {
                    return true;
                }
            }
        }
        return false;
    }
}
