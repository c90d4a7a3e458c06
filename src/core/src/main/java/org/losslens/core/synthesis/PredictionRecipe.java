package org.losslens.core.synthesis;

/**
 * How to make a realistic prediction from a ground truth, step by step (in this order):
 * drop the {@code droppedComponents} smallest objects (a missed lesion is the typical failure),
 * shift by (dx, dy), grow by {@code growRadius} (negative erodes), add {@code falsePositiveBlobs}
 * spurious discs in the background, give the resulting shape probability {@code confidenceInside}
 * and everything else {@code confidenceOutside}, blur with σ = {@code blurSigma}, add Gaussian noise
 * of σ = {@code noiseSigma} (seeded, so the same recipe always gives the same prediction), and clamp
 * to [0, 1].
 */
public record PredictionRecipe(int dx, int dy, int growRadius, double blurSigma, double confidenceInside,
                               double confidenceOutside, double noiseSigma, long seed, int falsePositiveBlobs,
                               int droppedComponents) {

    public PredictionRecipe {
        checkProbability("confidenceInside", confidenceInside);
        checkProbability("confidenceOutside", confidenceOutside);
        if (!(blurSigma >= 0) || !Double.isFinite(blurSigma)) {
            throw new IllegalArgumentException("blurSigma must be finite and ≥ 0, got " + blurSigma);
        }
        if (!(noiseSigma >= 0) || !Double.isFinite(noiseSigma)) {
            throw new IllegalArgumentException("noiseSigma must be finite and ≥ 0, got " + noiseSigma);
        }
        if (falsePositiveBlobs < 0 || droppedComponents < 0) {
            throw new IllegalArgumentException("blob and component counts must be ≥ 0");
        }
    }

    /** The identity-like recipe: the GT itself at 0.9 inside and 0.1 outside. */
    public static PredictionRecipe defaults() {
        return new PredictionRecipe(0, 0, 0, 0, 0.9, 0.1, 0, 1, 0, 0);
    }

    private static void checkProbability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
        }
    }

    public PredictionRecipe withShift(int newDx, int newDy) {
        return new PredictionRecipe(newDx, newDy, growRadius, blurSigma, confidenceInside, confidenceOutside,
                noiseSigma, seed, falsePositiveBlobs, droppedComponents);
    }

    public PredictionRecipe withGrowRadius(int radius) {
        return new PredictionRecipe(dx, dy, radius, blurSigma, confidenceInside, confidenceOutside, noiseSigma, seed,
                falsePositiveBlobs, droppedComponents);
    }

    public PredictionRecipe withBlurSigma(double sigma) {
        return new PredictionRecipe(dx, dy, growRadius, sigma, confidenceInside, confidenceOutside, noiseSigma, seed,
                falsePositiveBlobs, droppedComponents);
    }

    public PredictionRecipe withConfidence(double inside, double outside) {
        return new PredictionRecipe(dx, dy, growRadius, blurSigma, inside, outside, noiseSigma, seed,
                falsePositiveBlobs, droppedComponents);
    }

    public PredictionRecipe withNoise(double sigma, long newSeed) {
        return new PredictionRecipe(dx, dy, growRadius, blurSigma, confidenceInside, confidenceOutside, sigma, newSeed,
                falsePositiveBlobs, droppedComponents);
    }

    public PredictionRecipe withFalsePositiveBlobs(int blobs) {
        return new PredictionRecipe(dx, dy, growRadius, blurSigma, confidenceInside, confidenceOutside, noiseSigma,
                seed, blobs, droppedComponents);
    }

    public PredictionRecipe withDroppedComponents(int dropped) {
        return new PredictionRecipe(dx, dy, growRadius, blurSigma, confidenceInside, confidenceOutside, noiseSigma,
                seed, falsePositiveBlobs, dropped);
    }
}
