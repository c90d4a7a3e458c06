package org.losslens.core.geometry;

/**
 * The soft skeleton of a grey image by iterated min/max pooling (Shit et al., "clDice — a novel
 * topology-preserving loss function for tubular structure segmentation", CVPR 2021, Algorithm 1;
 * as MONAI's {@code cldice.soft_skel} from jocpae/clDice), with its exact backward pass.
 *
 * <pre>
 *   erode(I)  = min over the 4-neighbour cross {self, up, down, left, right}
 *   dilate(I) = max over the 3×3 window             (both ignore out-of-image pixels)
 *   open(I)   = dilate(erode(I))
 *   skel = relu(I − open(I));  k times: I = erode(I), δ = relu(I − open(I)), skel += relu(δ − skel·δ)
 * </pre>
 *
 * <p>The function is piecewise linear in the pixels; its gradient follows the selections PyTorch
 * autograd makes: the erosion is min(vertical 3-min, horizontal 3-min) as MONAI writes it, each a
 * max-pool of −I that routes to the first extreme element of its window (top-most, left-most), and
 * {@code torch.min} of the two splits a tie evenly; the dilation routes to the first maximum of the
 * 3×3 window in row-major order; relu passes the gradient only where its input is > 0.
 */
public final class SoftSkeleton {

    private final int height;
    private final int width;
    private final int iterations;
    /** images[k] = I_k, the image after k erosions (k = 0..iterations+1). */
    private final double[][] images;
    /** openings[k] = open(I_k) = dilate(I_{k+1}). */
    private final double[][] openings;
    /** skeletons[k] = skel after level k. */
    private final double[][] skeletons;
    /** Erosion I_k → I_{k+1}: the vertical and the horizontal winner, and which one(s) the min took. */
    private final int[][] verticalWinner;
    private final int[][] horizontalWinner;
    /** −1: the vertical minimum is smaller, +1: the horizontal one, 0: a tie (gradient split evenly). */
    private final byte[][] erosionChoice;
    /** Dilation I_{k+1} → open(I_k): the pixel whose value the 3×3 maximum took. */
    private final int[][] dilationWinner;

    private SoftSkeleton(double[] image, int height, int width, int iterations) {
        if (iterations < 0) {
            throw new IllegalArgumentException("soft skeleton: iterations must be >= 0, got " + iterations);
        }
        if ((long) height * width != image.length) {
            throw new IllegalArgumentException("soft skeleton: " + height + "x" + width + " needs "
                    + (long) height * width + " values, got " + image.length);
        }
        this.height = height;
        this.width = width;
        this.iterations = iterations;
        int n = image.length;
        int levels = iterations + 1;
        images = new double[levels + 1][];
        openings = new double[levels][];
        skeletons = new double[levels][];
        verticalWinner = new int[levels][];
        horizontalWinner = new int[levels][];
        erosionChoice = new byte[levels][];
        dilationWinner = new int[levels][];
        images[0] = image.clone();
        for (int k = 0; k < levels; k++) {
            verticalWinner[k] = new int[n];
            horizontalWinner[k] = new int[n];
            erosionChoice[k] = new byte[n];
            images[k + 1] = erode(images[k], verticalWinner[k], horizontalWinner[k], erosionChoice[k]);
            dilationWinner[k] = new int[n];
            openings[k] = dilate(images[k + 1], dilationWinner[k]);
            double[] skeleton = new double[n];
            for (int i = 0; i < n; i++) {
                double delta = relu(images[k][i] - openings[k][i]);
                skeleton[i] = k == 0 ? delta : skeletons[k - 1][i] + relu(delta - skeletons[k - 1][i] * delta);
            }
            skeletons[k] = skeleton;
        }
    }

    /** The soft skeleton of {@code image} (row-major, height × width) after {@code iterations} erosions, with its trace. */
    public static SoftSkeleton of(double[] image, int height, int width, int iterations) {
        return new SoftSkeleton(image, height, width, iterations);
    }

    /** The soft skeleton (a copy). */
    public double[] skeleton() {
        return skeletons[iterations].clone();
    }

    /** The soft skeleton's value at pixel i. */
    public double get(int i) {
        return skeletons[iterations][i];
    }

    /**
     * The chain rule through the skeleton: given ∂L/∂skel per pixel, returns ∂L/∂image per pixel
     * (reverse mode over the recorded selections, last level first).
     */
    public double[] backpropagate(double[] dSkeleton) {
        int n = images[0].length;
        double[] dSkel = dSkeleton.clone();
        double[] dNext = new double[n];
        for (int k = iterations; k >= 0; k--) {
            double[] dDelta = new double[n];
            if (k == 0) {
                System.arraycopy(dSkel, 0, dDelta, 0, n);
            } else {
                double[] previous = skeletons[k - 1];
                for (int i = 0; i < n; i++) {
                    double delta = relu(images[k][i] - openings[k][i]);
                    // skel_k = s + relu(δ − s·δ): ∂/∂s = 1 − δ·[u > 0], ∂/∂δ = (1 − s)·[u > 0]
                    double u = delta - previous[i] * delta;
                    if (u > 0) {
                        dDelta[i] = dSkel[i] * (1 - previous[i]);
                        dSkel[i] -= dSkel[i] * delta;
                    }
                }
            }
            // δ_k = relu(I_k − open_k): I_k gets +dδ, open_k gets −dδ where the relu passes
            double[] dImage = new double[n];
            double[] dEroded = dNext;
            for (int i = 0; i < n; i++) {
                if (images[k][i] - openings[k][i] > 0) {
                    dImage[i] += dDelta[i];
                    dEroded[dilationWinner[k][i]] -= dDelta[i];
                }
            }
            // I_{k+1} = erode(I_k): route its whole gradient (from the next level and the opening)
            for (int i = 0; i < n; i++) {
                double g = dEroded[i];
                if (g == 0) {
                    continue;
                }
                switch (erosionChoice[k][i]) {
                    case -1 -> dImage[verticalWinner[k][i]] += g;
                    case 1 -> dImage[horizontalWinner[k][i]] += g;
                    default -> {
                        dImage[verticalWinner[k][i]] += 0.5 * g;
                        dImage[horizontalWinner[k][i]] += 0.5 * g;
                    }
                }
            }
            dNext = dImage;
        }
        return dNext;
    }

    private double[] erode(double[] image, int[] vertical, int[] horizontal, byte[] choice) {
        double[] out = new double[image.length];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                int i = r * width + c;
                // first minimum in window order (top to bottom, left to right), as max-pool of −I
                int v = r > 0 ? i - width : i;
                for (int rr = Math.max(r - 1, 0) + 1; rr <= Math.min(r + 1, height - 1); rr++) {
                    int j = rr * width + c;
                    if (image[j] < image[v]) {
                        v = j;
                    }
                }
                int h = c > 0 ? i - 1 : i;
                for (int cc = Math.max(c - 1, 0) + 1; cc <= Math.min(c + 1, width - 1); cc++) {
                    int j = r * width + cc;
                    if (image[j] < image[h]) {
                        h = j;
                    }
                }
                vertical[i] = v;
                horizontal[i] = h;
                double vv = image[v];
                double hv = image[h];
                choice[i] = vv < hv ? (byte) -1 : hv < vv ? (byte) 1 : (byte) 0;
                out[i] = Math.min(vv, hv);
            }
        }
        return out;
    }

    private double[] dilate(double[] image, int[] winner) {
        double[] out = new double[image.length];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                int best = -1;
                for (int rr = Math.max(r - 1, 0); rr <= Math.min(r + 1, height - 1); rr++) {
                    for (int cc = Math.max(c - 1, 0); cc <= Math.min(c + 1, width - 1); cc++) {
                        int j = rr * width + cc;
                        if (best < 0 || image[j] > image[best]) {
                            best = j;
                        }
                    }
                }
                winner[r * width + c] = best;
                out[r * width + c] = image[best];
            }
        }
        return out;
    }

    private static double relu(double x) {
        return x > 0 ? x : 0;
    }
}
