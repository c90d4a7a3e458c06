package org.losslens.core.metrics;

/**
 * The metrics that the overlap losses stand in for, computed on the THRESHOLDED prediction
 * (p ≥ 0.5, i.e. logit ≥ 0) against the ground truth (t ≥ 0.5). Showing them beside the losses makes
 * visible what a loss smooths away: soft probabilities, smoothing terms, empty masks.
 *
 * <p>A ratio whose denominator is 0 (e.g. Dice when both masks are empty) is {@code NaN}: the
 * metric is undefined there, which is exactly where the losses' smoothing terms decide the value.
 */
public record OverlapMetrics(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

    /** The probability (and ground-truth value) from which a pixel counts as foreground. */
    public static final double THRESHOLD = 0.5;

    /**
     * Counts the confusion matrix of {@code probabilities} ≥ 0.5 against {@code groundTruth} ≥ 0.5.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static OverlapMetrics of(double[] groundTruth, double[] probabilities) {
        if (groundTruth.length != probabilities.length) {
            throw new IllegalArgumentException("ground truth has " + groundTruth.length + " pixels but the prediction has "
                    + probabilities.length);
        }
        // counts of 0/1 flags rather than an if-chain: the chain's branches follow the masks' edges,
        // mispredicted often enough to take a tenth of an Optimise step; the flags compile to
        // conditional moves. tn follows from the other three.
        long tp = 0;
        long truths = 0;
        long predictions = 0;
        for (int i = 0; i < groundTruth.length; i++) {
            int truth = groundTruth[i] >= THRESHOLD ? 1 : 0;
            int predicted = probabilities[i] >= THRESHOLD ? 1 : 0;
            tp += truth & predicted;
            truths += truth;
            predictions += predicted;
        }
        long fp = predictions - tp;
        long fn = truths - tp;
        return new OverlapMetrics(tp, fp, fn, groundTruth.length - tp - fp - fn);
    }

    /** 2TP / (2TP + FP + FN); NaN when both masks are empty. */
    public double dice() {
        return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
    }

    /** TP / (TP + FP + FN); NaN when both masks are empty. */
    public double iou() {
        return ratio(truePositives, (double) truePositives + falsePositives + falseNegatives);
    }

    /** TP / (TP + FP); NaN when nothing is predicted. */
    public double precision() {
        return ratio(truePositives, (double) truePositives + falsePositives);
    }

    /** TP / (TP + FN); NaN when the ground truth is empty. */
    public double recall() {
        return ratio(truePositives, (double) truePositives + falseNegatives);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
