package org.losslens.core.activation;

import java.util.logging.Logger;

/**
 * The transcendental functions the activations and the losses need, applied to a whole array at
 * once: e^x, e^x − 1, ln x and ln(1 + x), in place. A per-pixel {@code Math.exp} costs 5–20 ns and {@code Math.log1p} (fdlibm, no
 * intrinsic) about 15–30 ns here, while PyTorch evaluates the same functions with SIMD (SLEEF); one
 * exponential per pixel and channel is most of a softmax. Where the JDK's incubating Vector API is
 * resolved ({@code --add-modules jdk.incubator.vector}, as the app, its image and the test runs do),
 * the loops run through it, with the polynomials of {@link VectorTranscendentals} (8 doubles per
 * instruction on AVX-512, within 1 ulp of {@code StrictMath}). Not the API's own {@code EXP}/{@code LOG}
 * operators: those give other last bits once the JIT has compiled them, so the same input would give
 * different numbers before and after warm-up. Elsewhere (a plain {@code java -jar}) the scalar loops
 * below run, with the same results to within that ulp. Either way a given input always gives the
 * same bits. {@code -Dlosslens.vector=false} forces the scalar path.
 */
public final class Elementwise {

    /**
     * Pixels per tile for losses that gather a tile's arguments, transform them here in bulk and then
     * use them: 512 doubles (4 KiB) per buffer, so a few buffers and the tile's inputs stay in L1/L2.
     */
    public static final int TILE = 512;

    private static final Logger LOG = Logger.getLogger(Elementwise.class.getName());
    private static final boolean VECTOR = vectorAvailable();

    private Elementwise() {
    }

    /** True when the Vector API path is in use (for the bench's header and the tests). */
    public static boolean vectorised() {
        return VECTOR;
    }

    /** a[k] = e^{a[k]} for k in [from, to). */
    public static void exp(double[] a, int from, int to) {
        if (VECTOR) {
            VectorElementwise.exp(a, from, to);
        } else {
            scalarExp(a, from, to);
        }
    }

    /** a[k] = e^{a[k]} − 1 for k in [from, to), accurate also where a[k] is tiny (no cancellation). */
    public static void expm1(double[] a, int from, int to) {
        if (VECTOR) {
            VectorElementwise.expm1(a, from, to);
        } else {
            scalarExpm1(a, from, to);
        }
    }

    /** a[k] = ln a[k] for k in [from, to). */
    public static void log(double[] a, int from, int to) {
        if (VECTOR) {
            VectorElementwise.log(a, from, to);
        } else {
            scalarLog(a, from, to);
        }
    }

    /** a[k] = ln(1 + a[k]) for k in [from, to), a[k] ≥ 0 (accurate also where a[k] is tiny). */
    public static void log1p(double[] a, int from, int to) {
        if (VECTOR) {
            VectorElementwise.log1p(a, from, to);
        } else {
            scalarLog1p(a, from, to);
        }
    }

    /**
     * The sigmoid of x[0, length) both ways, from e = exp(−|x|): with large = 1/(1 + e) and
     * small = e·large, p[at + i] = σ(x) and q[at + i] = σ(−x) are large and small (x ≥ 0) or small and
     * large; nothing overflows or cancels. One fused pass: the vector path loads x once and stores p
     * and q from registers, a third of the time of separate passes for |x|, e^{−|x|} and the quotients,
     * with the same operations in the same order, so the same numbers (an element past the last whole
     * vector takes {@code Math.exp}, as {@link #exp} does).
     */
    public static void sigmoid(double[] x, int length, double[] p, double[] q, int at) {
        int done = VECTOR ? VectorElementwise.sigmoid(x, length, p, q, at) : 0;
        scalarSigmoid(x, done, length, p, q, at);
    }

    /**
     * ln σ(±x) = −(max(∓x, 0) + ln(1 + e)) for x[0, length), with e = exp(−|x|) taken as the ratio
     * of the smaller to the larger of p and q = 1 − p (a division instead of a second exponential):
     * logP[at + i] = ln σ(x), logQ[at + i] = ln σ(−x), p and q read at the same index. One fused pass,
     * the same operations in the same order as a pass for the ratios, one for ln(1 + ·) and one for
     * the sums, so the same numbers (past the last whole vector, the scalar ln(1 + ·) of
     * {@link #log1p}'s tail).
     */
    public static void logSigmoid(double[] x, int length, double[] p, double[] q, double[] logP, double[] logQ,
                                  int at) {
        int done = VECTOR ? VectorElementwise.logSigmoid(x, length, p, q, logP, logQ, at) : 0;
        scalarLogSigmoid(x, done, length, p, q, logP, logQ, at);
    }

    static void scalarLogSigmoid(double[] x, int from, int to, double[] p, double[] q, double[] logP, double[] logQ,
                                 int at) {
        for (int i = from, k = at + from; i < to; i++, k++) {
            double l = Sigmoid.log1p(x[i] >= 0 ? q[k] / p[k] : p[k] / q[k]);
            logP[k] = -(Math.max(-x[i], 0) + l);
            logQ[k] = -(Math.max(x[i], 0) + l);
        }
    }

    /**
     * The softmax of one tile of pixels. {@code x} holds the tile's logits channel after channel
     * (channel c of tile pixel i at c·stride + i, i &lt; length); writes, for pixel j = at + i,
     * p[c·pixels + j] = e^{x_c − m} / s and normaliser[j] = s = Σ_c e^{x_c − m}, m = max_c x_c (the
     * log-sum-exp shift: nothing overflows). {@code max} is scratch of at least {@code length}. One
     * fused vector pass per channel (load, shift, exponential, store, add to s) and one for the
     * quotients: the same operations in the same order as separate passes for the maximum, the
     * shifts, the exponentials, the sums and the quotients (Σ in channel order; past the last whole
     * vector the scalar {@code Math.exp}, as {@link #exp}), so the same numbers, at 2.5× the speed.
     */
    public static void softmax(double[] x, int stride, int channels, int length, double[] max, double[] p,
                               double[] normaliser, int pixels, int at) {
        int done = VECTOR ? VectorElementwise.softmax(x, stride, channels, length, max, p, normaliser, pixels, at) : 0;
        for (int i = done; i < length; i++) {
            double m = x[i];
            for (int c = 1; c < channels; c++) {
                m = Math.max(m, x[c * stride + i]);
            }
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                double e = Math.exp(x[c * stride + i] - m);
                p[c * pixels + at + i] = e;
                sum = c == 0 ? e : sum + e;
            }
            normaliser[at + i] = sum;
            for (int c = 0; c < channels; c++) {
                p[c * pixels + at + i] /= sum;
            }
        }
    }

    static void scalarSigmoid(double[] x, int from, int to, double[] p, double[] q, int at) {
        for (int i = from, k = at + from; i < to; i++, k++) {
            double e = Math.exp(-Math.abs(x[i]));
            double large = 1 / (1 + e);
            double small = e * large;
            p[k] = x[i] >= 0 ? large : small;
            q[k] = x[i] >= 0 ? small : large;
        }
    }

    static void scalarExp(double[] a, int from, int to) {
        for (int k = from; k < to; k++) {
            a[k] = Math.exp(a[k]);
        }
    }

    static void scalarExpm1(double[] a, int from, int to) {
        for (int k = from; k < to; k++) {
            a[k] = Math.expm1(a[k]);
        }
    }

    static void scalarLog(double[] a, int from, int to) {
        for (int k = from; k < to; k++) {
            a[k] = Math.log(a[k]);
        }
    }

    static void scalarLog1p(double[] a, int from, int to) {
        for (int k = from; k < to; k++) {
            a[k] = Sigmoid.log1p(a[k]);
        }
    }

    private static boolean vectorAvailable() {
        if (!Boolean.parseBoolean(System.getProperty("losslens.vector", "true"))) {
            return false;
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            return VectorElementwise.worthwhile();
        } catch (LinkageError e) {
            // the module is resolved but unusable on this JVM: the scalar loops give the same numbers
            LOG.warning("Vector API present but not usable, using scalar loops: " + e);
            return false;
        }
    }
}
