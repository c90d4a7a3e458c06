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
 *
 * <p>Cost. The forward pass keeps, per level, the eroded image, the residue δ = relu(I − open(I))
 * and the skeleton so far (the backward pass needs all three); an instance is immutable once built,
 * so one trace may be shared by every loss of a prediction and read by several threads at once.
 * The backward pass writes only into a caller-owned {@link Workspace}.
 */
public final class SoftSkeleton {

    private final int height;
    private final int width;
    private final int iterations;
    /** images[k] = I_k, the image after k erosions (k = 0..iterations+1). */
    private final double[][] images;
    /** residues[k] = δ_k = relu(I_k − open(I_k)), open(I_k) = dilate(I_{k+1}). */
    private final double[][] residues;
    /** skeletons[k] = skel after level k. */
    private final double[][] skeletons;

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
        residues = new double[levels][];
        skeletons = new double[levels][];
        images[0] = image.clone();
        double[] rowMaxima = new double[n];
        for (int k = 0; k < levels; k++) {
            double[] current = images[k];
            double[] eroded = new double[n];
            erode(current, eroded);
            images[k + 1] = eroded;
            // δ_k = relu(I_k − dilate(I_{k+1})); the dilation is written straight into δ's array
            double[] delta = new double[n];
            dilate(eroded, rowMaxima, delta);
            for (int i = 0; i < n; i++) {
                delta[i] = relu(current[i] - delta[i]);
            }
            residues[k] = delta;
            if (k == 0) {
                skeletons[0] = delta;
            } else {
                double[] previous = skeletons[k - 1];
                double[] skeleton = new double[n];
                for (int i = 0; i < n; i++) {
                    skeleton[i] = previous[i] + relu(delta[i] - previous[i] * delta[i]);
                }
                skeletons[k] = skeleton;
            }
        }
    }

    /** The soft skeleton of {@code image} (row-major, height × width) after {@code iterations} erosions, with its trace. */
    public static SoftSkeleton of(double[] image, int height, int width, int iterations) {
        return new SoftSkeleton(image, height, width, iterations);
    }

    /** The number of erosions this skeleton was built with. */
    public int iterations() {
        return iterations;
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
     * The buffers of one backward pass (four input-sized arrays), reusable for any number of passes
     * over skeletons of the same size. Not thread-safe: one per thread (or per call).
     */
    public static final class Workspace {
        private final double[] dSkeleton;
        private final double[] dDelta;
        private double[] dEroded;
        private double[] dImage;

        public Workspace(int pixels) {
            dSkeleton = new double[pixels];
            dDelta = new double[pixels];
            dEroded = new double[pixels];
            dImage = new double[pixels];
        }

        int size() {
            return dSkeleton.length;
        }
    }

    /**
     * The chain rule through the skeleton: given ∂L/∂skel per pixel, returns ∂L/∂image per pixel
     * (reverse mode, last level first; the min/max selections are found again from the recorded
     * images, exactly as the forward pass made them).
     */
    public double[] backpropagate(double[] dSkeleton) {
        return backpropagate(dSkeleton, new Workspace(images[0].length)).clone();
    }

    /**
     * As {@link #backpropagate(double[])}, into {@code workspace}: the returned array belongs to the
     * workspace and is overwritten by its next pass.
     */
    public double[] backpropagate(double[] dSkeleton, Workspace workspace) {
        int n = images[0].length;
        if (workspace.size() != n || dSkeleton.length != n) {
            throw new IllegalArgumentException("soft skeleton: backward pass over " + n + " pixels, got a workspace of "
                    + workspace.size() + " and " + dSkeleton.length + " values");
        }
        double[] dSkel = workspace.dSkeleton;
        double[] dDelta = workspace.dDelta;
        double[] dEroded = workspace.dEroded;
        double[] dImage = workspace.dImage;
        System.arraycopy(dSkeleton, 0, dSkel, 0, n);
        java.util.Arrays.fill(dEroded, 0);
        for (int k = iterations; k >= 0; k--) {
            double[] image = images[k];
            double[] delta = residues[k];
            if (k == 0) {
                System.arraycopy(dSkel, 0, dDelta, 0, n);
            } else {
                double[] previous = skeletons[k - 1];
                for (int i = 0; i < n; i++) {
                    double d = delta[i];
                    // skel_k = s + relu(δ − s·δ): ∂/∂s = 1 − δ·[u > 0], ∂/∂δ = (1 − s)·[u > 0]
                    if (d - previous[i] * d > 0) {
                        dDelta[i] = dSkel[i] * (1 - previous[i]);
                        dSkel[i] -= dSkel[i] * d;
                    } else {
                        dDelta[i] = 0;
                    }
                }
            }
            // δ_k = relu(I_k − open_k): I_k gets +dδ, open_k = dilate(I_{k+1}) routes −dδ to its maximum.
            // dEroded already holds the gradient of I_{k+1} from the level above.
            java.util.Arrays.fill(dImage, 0);
            double[] eroded = images[k + 1];
            for (int r = 0; r < height; r++) {
                int row = r * width;
                for (int c = 0; c < width; c++) {
                    int i = row + c;
                    double g = dDelta[i];
                    if (g != 0 && delta[i] > 0) {
                        dImage[i] += g;
                        dEroded[dilationWinner(eroded, r, c)] -= g;
                    }
                }
            }
            // I_{k+1} = erode(I_k) = min(vertical min, horizontal min); torch.min splits a tie evenly
            for (int r = 0; r < height; r++) {
                int row = r * width;
                for (int c = 0; c < width; c++) {
                    int i = row + c;
                    double g = dEroded[i];
                    if (g == 0) {
                        continue;
                    }
                    int v = verticalWinner(image, r, c);
                    int h = horizontalWinner(image, r, c);
                    if (image[v] < image[h]) {
                        dImage[v] += g;
                    } else if (image[h] < image[v]) {
                        dImage[h] += g;
                    } else {
                        dImage[v] += 0.5 * g;
                        dImage[h] += 0.5 * g;
                    }
                }
            }
            double[] swap = dEroded;
            dEroded = dImage;
            dImage = swap;
        }
        workspace.dEroded = dEroded;
        workspace.dImage = dImage;
        return dEroded;
    }

    /** Values of the erosion: min over the cross (the selections only matter to the backward pass). */
    private void erode(double[] image, double[] out) {
        for (int r = 0; r < height; r++) {
            int row = r * width;
            boolean up = r > 0;
            boolean down = r < height - 1;
            for (int c = 0; c < width; c++) {
                int i = row + c;
                double m = image[i];
                if (up) {
                    m = Math.min(m, image[i - width]);
                }
                if (down) {
                    m = Math.min(m, image[i + width]);
                }
                if (c > 0) {
                    m = Math.min(m, image[i - 1]);
                }
                if (c < width - 1) {
                    m = Math.min(m, image[i + 1]);
                }
                out[i] = m;
            }
        }
    }

    /** Values of the dilation: the 3×3 maximum, as a row maximum of column maxima (the same value). */
    private void dilate(double[] image, double[] rows, double[] out) {
        int last = width - 1;
        for (int r = 0; r < height; r++) {
            int row = r * width;
            if (width == 1) {
                rows[row] = image[row];
                continue;
            }
            rows[row] = Math.max(image[row], image[row + 1]);
            for (int i = row + 1; i < row + last; i++) {
                rows[i] = Math.max(Math.max(image[i - 1], image[i]), image[i + 1]);
            }
            rows[row + last] = Math.max(image[row + last - 1], image[row + last]);
        }
        for (int r = 0; r < height; r++) {
            int row = r * width;
            boolean up = r > 0;
            boolean down = r < height - 1;
            for (int i = row; i < row + width; i++) {
                double m = rows[i];
                if (up) {
                    m = Math.max(m, rows[i - width]);
                }
                if (down) {
                    m = Math.max(m, rows[i + width]);
                }
                out[i] = m;
            }
        }
    }

    /** The first minimum of the column window rows r−1..r+1 (top-most on a tie), as max-pool of −I. */
    private int verticalWinner(double[] image, int r, int c) {
        int best = r > 0 ? (r - 1) * width + c : c;
        for (int rr = Math.max(r - 1, 0) + 1; rr <= Math.min(r + 1, height - 1); rr++) {
            int j = rr * width + c;
            if (image[j] < image[best]) {
                best = j;
            }
        }
        return best;
    }

    /** The first minimum of the row window columns c−1..c+1 (left-most on a tie). */
    private int horizontalWinner(double[] image, int r, int c) {
        int best = r * width + Math.max(c - 1, 0);
        for (int cc = Math.max(c - 1, 0) + 1; cc <= Math.min(c + 1, width - 1); cc++) {
            int j = r * width + cc;
            if (image[j] < image[best]) {
                best = j;
            }
        }
        return best;
    }

    /** The first maximum of the 3×3 window in row-major order. */
    private int dilationWinner(double[] image, int r, int c) {
        int best = -1;
        for (int rr = Math.max(r - 1, 0); rr <= Math.min(r + 1, height - 1); rr++) {
            for (int cc = Math.max(c - 1, 0); cc <= Math.min(c + 1, width - 1); cc++) {
                int j = rr * width + cc;
                if (best < 0 || image[j] > image[best]) {
                    best = j;
                }
            }
        }
        return best;
    }

    private static double relu(double x) {
        return x > 0 ? x : 0;
    }
}
