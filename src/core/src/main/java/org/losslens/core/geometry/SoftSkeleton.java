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
 * <p>Cost. The forward pass keeps, per level, the residue δ = relu(I − open(I)), the skeleton so far
 * and the pixels the erosion and the dilation selected, so a backward pass is a few scatters per
 * level instead of a search of every window again; an instance is immutable once built,
 * so one trace may be shared by every loss of a prediction and read by several threads at once.
 * The backward pass writes only into a caller-owned {@link Workspace}.
 */
public final class SoftSkeleton {

    private final int height;
    private final int width;
    private final int iterations;
    /** residues[k] = δ_k = relu(I_k − open(I_k)), open(I_k) = dilate(I_{k+1}), I_k the image after k erosions. */
    private final double[][] residues;
    /** skeletons[k] = skel after level k. */
    private final double[][] skeletons;
    /**
     * The selections of level k, found once in the forward pass so that every backward pass over this
     * trace is a scatter along them: dilationWinners[k][i] = the first maximum of I_{k+1}'s 3×3 window
     * at i (read only where δ_k,i > 0, the only pixels the backward pass routes);
     * erosionWinners[k][i] = the pixel of I_k the erosion at i selected, and erosionTies[k][i] = the
     * horizontal winner when the vertical and horizontal minima tie (each then gets half), else −1.
     */
    private final int[][] dilationWinners;
    private final int[][] erosionWinners;
    private final int[][] erosionTies;

    /** Whether the erosion's inner rows run through the Vector API (the same selections either way). */
    private final boolean vector;

    private SoftSkeleton(double[] image, int height, int width, int iterations, boolean vector) {
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
        this.vector = vector;
        int n = image.length;
        int levels = iterations + 1;
        residues = new double[levels][];
        skeletons = new double[levels][];
        dilationWinners = new int[levels][];
        erosionWinners = new int[levels][];
        erosionTies = new int[levels][];
        double[] current = image.clone();
        double[] eroded = new double[n];
        double[] rowMaxima = new double[n];
        int[] rowWinners = new int[n];
        for (int k = 0; k < levels; k++) {
            erosionWinners[k] = new int[n];
            erosionTies[k] = new int[n];
            erode(current, eroded, erosionWinners[k], erosionTies[k]);
            // δ_k = relu(I_k − dilate(I_{k+1})); the dilation is written straight into δ's array
            double[] delta = new double[n];
            Pooling.dilate(eroded, rowMaxima, delta, height, width, vector);
            for (int i = 0; i < n; i++) {
                delta[i] = relu(current[i] - delta[i]);
            }
            residues[k] = delta;
            dilationWinners[k] = dilationWinners(eroded, rowWinners, rowMaxima);
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
            double[] swap = current;
            current = eroded;
            eroded = swap;
        }
    }

    /** The soft skeleton of {@code image} (row-major, height × width) after {@code iterations} erosions, with its trace. */
    public static SoftSkeleton of(double[] image, int height, int width, int iterations) {
        return new SoftSkeleton(image, height, width, iterations, Pooling.VECTOR);
    }

    /** As {@link #of(double[], int, int, int)}, on the Vector API path or the scalar one (for the tests). */
    static SoftSkeleton of(double[] image, int height, int width, int iterations, boolean vector) {
        return new SoftSkeleton(image, height, width, iterations, vector);
    }

    /**
     * The soft skeleton alone, without a trace: for a constant such as the ground truth's skeleton,
     * which no gradient flows through. The same numbers as {@code of(image, …).skeleton()} (the same
     * minima, maxima and additions), for about a third of the work: no selections are recorded, and the
     * min/max passes run over whole rows with fixed neighbour offsets, which the JIT vectorises.
     */
    public static double[] values(double[] image, int height, int width, int iterations) {
        if (iterations < 0) {
            throw new IllegalArgumentException("soft skeleton: iterations must be >= 0, got " + iterations);
        }
        if ((long) height * width != image.length) {
            throw new IllegalArgumentException("soft skeleton: " + height + "x" + width + " needs "
                    + (long) height * width + " values, got " + image.length);
        }
        int n = image.length;
        double[] current = image.clone();
        double[] eroded = new double[n];
        double[] opened = new double[n];
        double[] rows = new double[n];
        double[] skeleton = new double[n];
        for (int k = 0; k <= iterations; k++) {
            Pooling.erode(current, eroded, height, width);
            Pooling.dilate(eroded, rows, opened, height, width);
            for (int i = 0; i < n; i++) {
                double delta = relu(current[i] - opened[i]);
                // level 0: skel = δ; then skel += relu(δ − skel·δ) (0 + relu(δ − 0) = δ, the same number)
                skeleton[i] = k == 0 ? delta : skeleton[i] + relu(delta - skeleton[i] * delta);
            }
            double[] swap = current;
            current = eroded;
            eroded = swap;
        }
        return skeleton;
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
     * (reverse mode, last level first, along the min/max selections the forward pass recorded).
     */
    public double[] backpropagate(double[] dSkeleton) {
        return backpropagate(dSkeleton, new Workspace(residues[0].length)).clone();
    }

    /**
     * As {@link #backpropagate(double[])}, into {@code workspace}: the returned array belongs to the
     * workspace and is overwritten by its next pass.
     */
    public double[] backpropagate(double[] dSkeleton, Workspace workspace) {
        int n = residues[0].length;
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
            double[] delta = residues[k];
            if (k == 0) {
                System.arraycopy(dSkel, 0, dDelta, 0, n);
            } else {
                double[] previous = skeletons[k - 1];
                int i = vector ? VectorPooling.skeletonStepBackward(delta, previous, dSkel, dDelta, n) : 0;
                for (; i < n; i++) {
                    double d = delta[i];
                    // skel_k = s + relu(δ − s·δ): ∂/∂s = 1 − δ·[u > 0], ∂/∂δ = (1 − s)·[u > 0]
                    double on = passes(d - previous[i] * d);
                    dDelta[i] = on * (dSkel[i] * (1 - previous[i]));
                    dSkel[i] -= on * (dSkel[i] * d);
                }
            }
            // δ_k = relu(I_k − open_k): I_k gets +dδ, open_k = dilate(I_{k+1}) routes −dδ to its maximum.
            // dEroded already holds the gradient of I_{k+1} from the level above. Written without
            // branches (see the class comment): a pixel that routes nothing adds a zero.
            int[] dilated = dilationWinners[k];
            for (int i = 0; i < n; i++) {
                double g = passes(delta[i]) * dDelta[i];
                dImage[i] = 0.0 + g;
                dEroded[dilated[i]] -= g;
            }
            // I_{k+1} = erode(I_k) = min(vertical min, horizontal min); torch.min splits a tie evenly
            int[] winners = erosionWinners[k];
            int[] ties = erosionTies[k];
            for (int i = 0; i < n; i++) {
                double g = dEroded[i];
                int tie = ties[i];
                // no tie: all of g to the winner, 0 to it again; a tie: half to each
                double alone = tie >>> 31;
                int second = tie < 0 ? winners[i] : tie;
                dImage[winners[i]] += (0.5 + 0.5 * alone) * g;
                dImage[second] += (0.5 - 0.5 * alone) * g;
            }
            double[] swap = dEroded;
            dEroded = dImage;
            dImage = swap;
        }
        workspace.dEroded = dEroded;
        workspace.dImage = dImage;
        return dEroded;
    }

    /**
     * The erosion, min over the cross, and its selections: the first minimum of the column window
     * (top-most on a tie, as max-pool of −I) against the first minimum of the row window (left-most);
     * the smaller wins, a tie records both. Out-of-image neighbours are replaced by the pixel itself:
     * a repeated candidate never changes a minimum's value or which index is first to reach it.
     */
    private void erode(double[] image, double[] out, int[] winners, int[] ties) {
        for (int r = 0; r < height; r++) {
            int row = r * width;
            int upShift = r > 0 ? -width : 0;
            int downShift = r < height - 1 ? width : 0;
            int c = 0;
            if (vector && r > 0 && r < height - 1 && width > 2) {
                // inner rows: the pixels with all four neighbours, from column 1, run through the Vector
                // API (the same selections, lane by lane); column 0 and the tail run here
                erode(image, out, winners, ties, row, 0, upShift, downShift);
                c = VectorPooling.erodeWithWinners(image, out, winners, ties, width, row + 1, row + width - 1) - row;
            }
            for (; c < width; c++) {
                erode(image, out, winners, ties, row, c, upShift, downShift);
            }
        }
    }

    private void erode(double[] image, double[] out, int[] winners, int[] ties, int row, int c, int upShift,
                       int downShift) {
        int i = row + c;
        int up = i + upShift;
        int down = i + downShift;
        int left = left(i, c);
        int right = right(i, c);
        double self = image[i];
        double upValue = image[up];
        double downValue = image[down];
        double leftValue = image[left];
        double rightValue = image[right];
        out[i] = Math.min(Math.min(Math.min(Math.min(self, upValue), downValue), leftValue), rightValue);
        // first minimum of (up, self, down) and of (left, self, right): the indices by int
        // selections, the values by Math.min (equal to the value selected: the same minimum)
        int v = self < upValue ? i : up;
        double vValue = Math.min(self, upValue);
        v = downValue < vValue ? down : v;
        vValue = Math.min(vValue, downValue);
        int h = self < leftValue ? i : left;
        double hValue = Math.min(self, leftValue);
        h = rightValue < hValue ? right : h;
        hValue = Math.min(hValue, rightValue);
        winners[i] = hValue < vValue ? h : v;
        ties[i] = hValue == vValue ? h : -1;
    }

    /**
     * The first maximum of {@code image}'s 3×3 window in row-major order at every pixel: the top-most
     * of the three rows' left-most maxima (the same pixel, as the first maximum in row-major order is
     * in the top-most row holding the maximum). Out-of-image neighbours are replaced by the pixel
     * itself, which never changes the first maximum. {@code rowWinners} and {@code rowMaxima} are scratch.
     */
    private int[] dilationWinners(double[] image, int[] rowWinners, double[] rowMaxima) {
        int n = image.length;
        for (int r = 0; r < height; r++) {
            int row = r * width;
            int c = 0;
            if (vector && width > 2) {
                // from column 1 the left and right neighbours lie in the image: the Vector API, as erode
                rowWinner(image, rowWinners, rowMaxima, row, 0);
                c = VectorPooling.rowMaxima(image, rowWinners, rowMaxima, row + 1, row + width - 1) - row;
            }
            for (; c < width; c++) {
                rowWinner(image, rowWinners, rowMaxima, row, c);
            }
        }
        int[] winners = new int[n];
        for (int r = 0; r < height; r++) {
            int row = r * width;
            int upShift = r > 0 ? -width : 0;
            int downShift = r < height - 1 ? width : 0;
            int i = row;
            if (vector && r > 0 && r < height - 1) {
                i = VectorPooling.columnWinners(rowWinners, rowMaxima, winners, width, row, row + width);
            }
            for (; i < row + width; i++) {
                double upValue = rowMaxima[i + upShift];
                double middleValue = rowMaxima[i];
                int best = middleValue > upValue ? rowWinners[i] : rowWinners[i + upShift];
                double bestValue = Math.max(upValue, middleValue);
                winners[i] = rowMaxima[i + downShift] > bestValue ? rowWinners[i + downShift] : best;
            }
        }
        return winners;
    }

    /** The left neighbour of pixel i in column c, or i itself in the first column (out-of-image is replaced by self). */
    private static int left(int i, int c) {
        return c > 0 ? i - 1 : i;
    }

    /** The right neighbour of pixel i in column c, or i itself in the last column. */
    private int right(int i, int c) {
        return c < width - 1 ? i + 1 : i;
    }

    /** The first maximum of (left, self, right) at column c of a row, and its value. */
    private void rowWinner(double[] image, int[] rowWinners, double[] rowMaxima, int row, int c) {
        int i = row + c;
        int left = left(i, c);
        int right = right(i, c);
        int best = image[i] > image[left] ? i : left;
        double bestValue = Math.max(image[i], image[left]);
        rowWinners[i] = image[right] > bestValue ? right : best;
        rowMaxima[i] = Math.max(bestValue, image[right]);
    }

    /**
     * max(x, 0), as Math.max rather than a selection: C2 compiles a selection between doubles into a
     * branch, which the residues' signs (a coin toss on a noisy prediction) mispredict half the time;
     * Math.max is a branch-free intrinsic and gives the same number for every non-NaN x (−0 → +0 too).
     */
    private static double relu(double x) {
        return Math.max(x, 0.0);
    }

    /** 1 where x &gt; 0 (relu passes the gradient), else 0: an int selection (a conditional move), no branch. */
    private static double passes(double x) {
        return x > 0 ? 1 : 0;
    }
}
