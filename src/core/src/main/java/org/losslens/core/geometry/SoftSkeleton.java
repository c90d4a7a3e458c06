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
 * and the pixels the erosion and the dilation selected (one byte per pixel, coded below), so a
 * backward pass is a few scatters per level instead of a search of every window again. Where the
 * Vector API is in use the forward pass's inner rows (the erosion with its selections, the row maxima
 * with theirs, the column codes, the column maxima that are the dilation's values) and the backward
 * pass's element-wise steps run through {@code VectorPooling}, with the same numbers as the scalar
 * loops. The backward pass has no data-dependent branch: relu's gradient is a 0/1 factor or a blend,
 * and a pixel that routes nothing adds a zero, as the signs of the residues (a coin toss on a noisy
 * prediction) mispredicted a branch on about half the pixels. An instance is immutable once built,
 * so one trace may be shared by every loss of a prediction and read by several threads at once.
 * The backward pass writes only into a caller-owned {@link Workspace}.
 */
public final class SoftSkeleton {

    /*
     * The selections are stored as one byte per pixel and level, not as pixel indices: a backward pass
     * reads its trace from memory once (about 17 bytes per pixel and level instead of 28 with three int
     * indices), which at 256² and beyond no longer fits a core's cache. The byte is
     * erosionCode · 9 + dilationCode, decoded through tables of this image's offsets:
     *   erosionCode  = winner + 5 · tie, winner ∈ {UP, LEFT, SELF, RIGHT, DOWN} the pixel the erosion
     *                  selected, tie = the horizontal winner (LEFT, SELF or RIGHT, never 0) when the
     *                  vertical and horizontal minima tie, else 0;
     *   dilationCode = 3 · row + column, row ∈ {0, 1, 2} (up, same, down) and column ∈ {0, 1, 2}
     *                  (left, same, right) of the 3×3 window's first maximum.
     * An out-of-image neighbour stands for the pixel itself, so it is coded as SELF (or the middle row/column).
     */
    static final int UP = 0;
    static final int LEFT = 1;
    static final int SELF = 2;
    static final int RIGHT = 3;
    static final int DOWN = 4;
    private static final int EROSION_CODES = 20;
    private static final int DILATION_CODES = 9;

    private final int height;
    private final int width;
    private final int iterations;
    /** residues[k] = δ_k = relu(I_k − open(I_k)), open(I_k) = dilate(I_{k+1}), I_k the image after k erosions. */
    private final double[][] residues;
    /** skeletons[k] = skel after level k. */
    private final double[][] skeletons;
    /**
     * The selections of level k, found once in the forward pass so that every backward pass over this
     * trace is a scatter along them (see the coding above): the dilation's first maximum of I_{k+1}'s
     * 3×3 window at i (read only where δ_k,i > 0, the only pixels the backward pass routes), the pixel of
     * I_k the erosion at i selected and, when the vertical and horizontal minima tie, the horizontal
     * winner (each then gets half).
     */
    private final byte[][] selections;
    /** Per selection byte: the offset of the dilation's winner, of the erosion's winner and of its tie partner. */
    private final int[] dilationOffset = new int[EROSION_CODES * DILATION_CODES];
    private final int[] erosionOffset = new int[EROSION_CODES * DILATION_CODES];
    private final int[] tieOffset = new int[EROSION_CODES * DILATION_CODES];
    /** Per selection byte: the erosion winner's share of the gradient and its tie partner's (1 and 0 without a tie). */
    private final double[] erosionShare = new double[EROSION_CODES * DILATION_CODES];
    private final double[] tieShare = new double[EROSION_CODES * DILATION_CODES];

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
        decodingTables();
        int n = image.length;
        int levels = iterations + 1;
        residues = new double[levels][];
        skeletons = new double[levels][];
        selections = new byte[levels][];
        double[] current = image.clone();
        double[] eroded = new double[n];
        double[] rowMaxima = new double[n];
        int[] erosionCodes = new int[n];
        int[] rowCodes = new int[n];
        int[] dilationCodes = new int[n];
        for (int k = 0; k < levels; k++) {
            erode(current, eroded, erosionCodes);
            // the dilation's selections, and with them the row maxima its values are the column maxima of
            dilationCodes(eroded, rowCodes, rowMaxima, dilationCodes);
            // δ_k = relu(I_k − dilate(I_{k+1})); the dilation is written straight into δ's array
            double[] delta = new double[n];
            Pooling.columnMaxima(rowMaxima, delta, height, width, vector);
            for (int i = 0; i < n; i++) {
                delta[i] = relu(current[i] - delta[i]);
            }
            residues[k] = delta;
            byte[] selection = new byte[n];
            for (int i = 0; i < n; i++) {
                selection[i] = (byte) (erosionCodes[i] * DILATION_CODES + dilationCodes[i]);
            }
            selections[k] = selection;
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

    /** Fills the per-byte tables of offsets and shares (see the coding at the top). */
    private void decodingTables() {
        int[] cross = {-width, -1, 0, 1, width};
        for (int erosion = 0; erosion < EROSION_CODES; erosion++) {
            int winner = erosion % 5;
            int tie = erosion / 5;
            // no tie: all of g to the winner and 0 to it again; a tie: half to each (torch.min splits it)
            double alone = tie == 0 ? 1 : 0;
            for (int dilation = 0; dilation < DILATION_CODES; dilation++) {
                int code = erosion * DILATION_CODES + dilation;
                dilationOffset[code] = (dilation / 3 - 1) * width + dilation % 3 - 1;
                erosionOffset[code] = cross[winner];
                tieOffset[code] = tie == 0 ? cross[winner] : cross[tie];
                erosionShare[code] = 0.5 + 0.5 * alone;
                tieShare[code] = 0.5 - 0.5 * alone;
            }
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
     * minima, maxima and additions), in about 70% of its time (1.1 against 1.5 ms at 256², 3
     * iterations): no selections are recorded and no trace is kept; the min/max passes are
     * {@link Pooling}'s, over whole rows with fixed neighbour offsets.
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
            // branches (see the class comment and dilationBackward): a pixel that routes nothing adds a zero.
            byte[] selection = selections[k];
            dilationBackward(delta, dDelta, selection, dImage, dEroded, n);
            // I_{k+1} = erode(I_k) = min(vertical min, horizontal min); torch.min splits a tie evenly
            erosionBackward(dEroded, selection, dImage, n);
            double[] swap = dEroded;
            dEroded = dImage;
            dImage = swap;
        }
        workspace.dEroded = dEroded;
        workspace.dImage = dImage;
        return dEroded;
    }

    /** dImage = +dδ where δ &gt; 0 (0 elsewhere); dEroded at each dilation winner −= dδ, in pixel order. */
    private void dilationBackward(double[] delta, double[] dDelta, byte[] selection, double[] dImage,
                                  double[] dEroded, int n) {
        // first dImage = 0.0 + [δ > 0]·dδ on its own, as a branch a relu's sign would mispredict on
        // about half the pixels is the larger part of a fused loop's time; then the scatter subtracts
        // dImage[i], the same number as the g it came from but for the sign of a zero, which no
        // subtraction here sees (dEroded is never −0: it starts at +0 or at a sum 0.0 + g)
        int i = vector ? VectorPooling.residueGradient(delta, dDelta, dImage, n) : 0;
        for (; i < n; i++) {
            double g = passes(delta[i]) * dDelta[i];
            dImage[i] = 0.0 + g;
        }
        int[] offsets = dilationOffset;
        for (i = 0; i < n; i++) {
            dEroded[i + offsets[selection[i] & 0xFF]] -= dImage[i];
        }
    }

    /** dImage at each erosion winner += its share of dEroded (no tie: all of g and 0 again; a tie: half to each). */
    private void erosionBackward(double[] dEroded, byte[] selection, double[] dImage, int n) {
        int[] winners = erosionOffset;
        int[] partners = tieOffset;
        double[] shares = erosionShare;
        double[] partnerShares = tieShare;
        for (int i = 0; i < n; i++) {
            double g = dEroded[i];
            int code = selection[i] & 0xFF;
            dImage[i + winners[code]] += shares[code] * g;
            dImage[i + partners[code]] += partnerShares[code] * g;
        }
    }

    /**
     * The erosion, min over the cross, and its selections (coded as at the top): the first minimum of
     * the column window (top-most on a tie, as max-pool of −I) against the first minimum of the row
     * window (left-most); the smaller wins, a tie records both. Out-of-image neighbours are replaced by
     * the pixel itself (coded SELF): a repeated candidate never changes a minimum's value or which
     * pixel is first to reach it.
     */
    private void erode(double[] image, double[] out, int[] codes) {
        for (int r = 0; r < height; r++) {
            int row = r * width;
            boolean hasUp = r > 0;
            boolean hasDown = r < height - 1;
            int c = 0;
            if (vector && hasUp && hasDown && width > 2) {
                // inner rows: the pixels with all four neighbours, from column 1, run through the Vector
                // API (the same selections, lane by lane); column 0 and the tail run here
                erode(image, out, codes, row, 0, hasUp, hasDown);
                c = VectorPooling.erodeWithCodes(image, out, codes, width, row + 1, row + width - 1) - row;
            }
            for (; c < width; c++) {
                erode(image, out, codes, row, c, hasUp, hasDown);
            }
        }
    }

    private void erode(double[] image, double[] out, int[] codes, int row, int c, boolean hasUp, boolean hasDown) {
        int i = row + c;
        boolean hasLeft = c > 0;
        boolean hasRight = c < width - 1;
        double self = image[i];
        double upValue = image[hasUp ? i - width : i];
        double downValue = image[hasDown ? i + width : i];
        double leftValue = image[hasLeft ? i - 1 : i];
        double rightValue = image[hasRight ? i + 1 : i];
        out[i] = Math.min(Math.min(Math.min(Math.min(self, upValue), downValue), leftValue), rightValue);
        // first minimum of (up, self, down) and of (left, self, right): the selections by int
        // selections, the values by Math.min (equal to the value selected: the same minimum)
        int v = self < upValue ? SELF : hasUp ? UP : SELF;
        double vValue = Math.min(self, upValue);
        v = downValue < vValue ? (hasDown ? DOWN : SELF) : v;
        vValue = Math.min(vValue, downValue);
        int h = self < leftValue ? SELF : hasLeft ? LEFT : SELF;
        double hValue = Math.min(self, leftValue);
        h = rightValue < hValue ? (hasRight ? RIGHT : SELF) : h;
        hValue = Math.min(hValue, rightValue);
        int winner = hValue < vValue ? h : v;
        codes[i] = winner + 5 * (hValue == vValue ? h : 0);
    }

    /**
     * The first maximum of {@code image}'s 3×3 window in row-major order at every pixel, coded as at the
     * top: the top-most of the three rows' left-most maxima (the same pixel, as the first maximum in
     * row-major order is in the top-most row holding the maximum). Out-of-image neighbours are replaced
     * by the pixel itself, which never changes the first maximum. {@code rowCodes} (the column of each
     * row maximum, 0..2) and {@code rowMaxima} are scratch.
     */
    private void dilationCodes(double[] image, int[] rowCodes, double[] rowMaxima, int[] codes) {
        for (int r = 0; r < height; r++) {
            int row = r * width;
            int c = 0;
            if (vector && width > 2) {
                // from column 1 the left and right neighbours lie in the image: the Vector API, as erode
                rowWinner(image, rowCodes, rowMaxima, row, 0);
                c = VectorPooling.rowMaxima(image, rowCodes, rowMaxima, row + 1, row + width - 1) - row;
            }
            for (; c < width; c++) {
                rowWinner(image, rowCodes, rowMaxima, row, c);
            }
        }
        for (int r = 0; r < height; r++) {
            int row = r * width;
            boolean hasUp = r > 0;
            boolean hasDown = r < height - 1;
            int upShift = hasUp ? -width : 0;
            int downShift = hasDown ? width : 0;
            // an out-of-image row stands for the middle one (its code + 3)
            int upRow = hasUp ? 0 : 3;
            int downRow = hasDown ? 6 : 3;
            int i = row;
            if (vector && hasUp && hasDown) {
                i = VectorPooling.columnCodes(rowCodes, rowMaxima, codes, width, row, row + width);
            }
            for (; i < row + width; i++) {
                double upValue = rowMaxima[i + upShift];
                double middleValue = rowMaxima[i];
                int best = middleValue > upValue ? rowCodes[i] + 3 : rowCodes[i + upShift] + upRow;
                double bestValue = Math.max(upValue, middleValue);
                codes[i] = rowMaxima[i + downShift] > bestValue ? rowCodes[i + downShift] + downRow : best;
            }
        }
    }

    /** The first maximum of (left, self, right) at column c of a row (its column code 0..2, out-of-image = 1), and its value. */
    private void rowWinner(double[] image, int[] rowCodes, double[] rowMaxima, int row, int c) {
        int i = row + c;
        boolean hasLeft = c > 0;
        boolean hasRight = c < width - 1;
        double leftValue = image[hasLeft ? i - 1 : i];
        double rightValue = image[hasRight ? i + 1 : i];
        int best = image[i] > leftValue ? 1 : hasLeft ? 0 : 1;
        double bestValue = Math.max(image[i], leftValue);
        rowCodes[i] = rightValue > bestValue ? (hasRight ? 2 : 1) : best;
        rowMaxima[i] = Math.max(bestValue, rightValue);
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
