package org.losslens.core.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bulk exp/expm1/log/log1p against {@code StrictMath} (fdlibm, correctly rounded to within 1 ulp):
 * the path in use (SIMD where the Vector API is resolved, as in these test runs) and the scalar
 * fallback, on ordinary values, every range end and the extremes the activations produce.
 */
class ElementwiseTest {

    private static final double[] EXTREMES = {0, -0.0, 1e-320, 4.9e-324, 1e-300, 1e-17, 1e-9, 0.5, 1, 2, 700, -700,
        -745, -746, -1e4, 709.7, 1e300, Double.MIN_NORMAL};

    @Test
    void theSimdPathIsInUseInTheTestRun() {
        // the build passes --add-modules jdk.incubator.vector to every test JVM, as the app's launcher does
        assertTrue(Elementwise.vectorised() || DoubleVectorWidth.narrow(), "Vector API resolved but not used");
    }

    @Test
    void expAgreesWithStrictMathToTwoUlps() {
        double[] x = sample(-50, 50);
        check(x, Elementwise::exp, StrictMath::exp);
        check(x, Elementwise::scalarExp, StrictMath::exp);
        double[] extremes = EXTREMES.clone();
        for (int i = 0; i < extremes.length; i++) {
            extremes[i] = Math.min(extremes[i], 709);
        }
        check(extremes, Elementwise::exp, StrictMath::exp);
    }

    @Test
    void expm1AgreesWithStrictMathToTwoUlpsAlsoForTinyArguments() {
        double[] x = sample(-40, 5);
        for (int i = 0; i < x.length; i += 3) {
            x[i] = Math.scalb(x[i], -60);
        }
        check(x, Elementwise::expm1, StrictMath::expm1);
        check(x, Elementwise::scalarExpm1, StrictMath::expm1);
        double[] extremes = {0, -0.0, 1e-320, -4.9e-324, -1e-300, 1e-17, -1e-9, 0.5, -1, 2, 700, -700, -745, -1e4};
        check(extremes, Elementwise::expm1, StrictMath::expm1);
    }

    @Test
    void logAgreesWithStrictMathToTwoUlps() {
        double[] x = sample(1e-6, 1e6);
        check(x, Elementwise::log, StrictMath::log);
        check(x, Elementwise::scalarLog, StrictMath::log);
        double[] positive = {1e-320, 4.9e-324, 1e-300, 1e-17, 0.5, 1, 2, 1e300, Double.MIN_NORMAL, 3, 4, 5, 6, 7, 8};
        check(positive, Elementwise::log, StrictMath::log);
    }

    @Test
    void log1pAgreesWithStrictMathToTwoUlpsAlsoForTinyArguments() {
        double[] x = sample(0, 1);
        for (int i = 0; i < x.length; i += 3) {
            x[i] = Math.scalb(x[i], -60);
        }
        check(x, Elementwise::log1p, StrictMath::log1p);
        check(x, Elementwise::scalarLog1p, StrictMath::log1p);
        double[] nonNegative = {0, 1e-320, 4.9e-324, 1e-300, 1e-17, 1e-9, 0.5, 1, 2, 700, 1e300, Double.MIN_NORMAL};
        check(nonNegative, Elementwise::log1p, StrictMath::log1p);
    }

    /**
     * The extremes the losses meet (ln 0 of a saturated probability, then e^(γ·−∞)) stay in the vector
     * loops for the common cases and must give exactly what Math gives there: 0 (of either sign), −∞, −1; the rarer
     * ones (subnormal results, NaN, +∞, negative logarithms) go through Math itself. Each value is
     * repeated so that it fills whole vectors and also shares one with ordinary values.
     */
    @Test
    void theExtremesGiveMathsValuesExactly() {
        double[] exponents = {Double.NEGATIVE_INFINITY, -1e300, -746, -745.2, -745.1, -720, -707, -700, 0, -0.0,
            700, 707, 708, 709.7, 710, 1e300, Double.POSITIVE_INFINITY, Double.NaN};
        exact(exponents, Elementwise::exp, Math::exp);
        exact(exponents, Elementwise::expm1, Math::expm1);
        double[] logarithms = {0, -0.0, -1, -1e-300, 4.9e-324, 1e-310, Double.MIN_NORMAL, 1, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        exact(logarithms, Elementwise::log, Math::log);
        double[] onePlus = {-1, -1 - 1e-16, -2, -0.9999999999999999, 0, 1e-300, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        exact(onePlus, Elementwise::log1p, StrictMath::log1p);
    }

    /** Every value alone in a run of ordinary ones and as a run of its own, against {@code reference} to the bit (or to 1 ulp where finite). */
    private static void exact(double[] values, Bulk bulk, Exact reference) {
        for (double v : values) {
            double[] a = new double[24];
            java.util.Arrays.fill(a, 0.25);
            a[3] = v;
            java.util.Arrays.fill(a, 8, 24, v);
            double[] out = a.clone();
            bulk.apply(out, 0, out.length);
            for (int i = 0; i < a.length; i++) {
                double expected = reference.apply(a[i]);
                if (expected == 0) {
                    assertEquals(0.0, Math.abs(out[i]), "at x = " + a[i]); // the sign of a zero is not kept
                } else if (Double.isFinite(expected) && expected != -1) {
                    assertEquals(expected, out[i], Math.ulp(expected), "at x = " + a[i]);
                } else {
                    assertEquals(expected, out[i], "at x = " + a[i]); // 0, −1, ±∞, NaN: exactly
                }
            }
        }
    }

    /**
     * The Vector API's own EXP/LOG operators change the last bit of 4 % of the lanes once C2 has
     * compiled the loop (SVML stubs instead of {@code Math.exp} lane by lane); a cached activation and a
     * fresh one of the same logits then differed. Thousands of passes over the same input take the loops
     * from the interpreter through C1 to C2; every pass must give the first pass's bits.
     */
    @Test
    void theSameInputGivesTheSameBitsBeforeAndAfterTheJitCompilesTheLoops() {
        double[] logits = sample(-30, 30);
        double[] positive = sample(1e-3, 50);
        double[] first = everyBulkFunction(logits, positive);
        for (int pass = 0; pass < 1500; pass++) {
            double[] again = everyBulkFunction(logits, positive);
            if (!Arrays.equals(first, again)) {
                int at = Arrays.mismatch(first, again);
                throw new AssertionError("pass " + pass + " differs at " + at + ": " + first[at] + " then " + again[at]);
            }
        }
    }

    /** exp, expm1, log, log1p, the sigmoid both ways, its logarithms and a softmax, one after another in one array. */
    private static double[] everyBulkFunction(double[] logits, double[] positive) {
        int n = logits.length;
        double[] exp = logits.clone();
        Elementwise.exp(exp, 0, n);
        double[] expm1 = logits.clone();
        Elementwise.expm1(expm1, 0, n);
        double[] log = positive.clone();
        Elementwise.log(log, 0, n);
        double[] log1p = positive.clone();
        Elementwise.log1p(log1p, 0, n);
        BothWays sigmoid = sigmoidAt(logits, 0);
        BothWays logSigmoid = BothWays.zeros(n);
        Elementwise.logSigmoid(logits, n, sigmoid.positive(), sigmoid.negative(), logSigmoid.positive(),
                logSigmoid.negative(), 0);
        int pixels = n / 3;
        double[] softmax = new double[3 * pixels];
        Elementwise.softmax(logits, pixels, 3, pixels, new double[pixels], softmax, new double[pixels], pixels, 0);
        return java.util.stream.Stream.of(exp, expm1, log, log1p, sigmoid.positive(), sigmoid.negative(),
                logSigmoid.positive(), logSigmoid.negative(), softmax).flatMapToDouble(Arrays::stream).toArray();
    }

    @Test
    void sigmoidBothWaysAgreesWithStrictMathAndTheScalarPathMatchesOutsideTheVectors() {
        for (double[] logits : new double[][] {sample(-40, 40), LOGIT_EXTREMES}) {
            int at = 5;
            BothWays sigmoid = sigmoidAt(logits, at);
            double[] p = sigmoid.positive();
            double[] q = sigmoid.negative();
            BothWays scalar = BothWays.zeros(p.length);
            Elementwise.scalarSigmoid(logits, 0, logits.length, scalar.positive(), scalar.negative(), at);
            for (int i = 0; i < logits.length; i++) {
                double v = logits[i];
                // σ(v) = 1/(1 + e^{−v}) in StrictMath, to 3 ulps (one exp, one division, one product)
                double expectedP = v >= 0 ? 1 / (1 + StrictMath.exp(-v)) : StrictMath.exp(v) / (1 + StrictMath.exp(v));
                double expectedQ = v >= 0 ? StrictMath.exp(-v) / (1 + StrictMath.exp(-v)) : 1 / (1 + StrictMath.exp(v));
                assertEquals(expectedP, p[at + i], 3 * Math.ulp(expectedP), "σ(" + v + ")");
                assertEquals(expectedQ, q[at + i], 3 * Math.ulp(expectedQ), "σ(−" + v + ")");
                assertEquals(scalar.positive()[at + i], p[at + i], 2 * Math.ulp(expectedP), "scalar σ(" + v + ")");
                assertTrue(Double.isFinite(p[at + i]) && Double.isFinite(q[at + i]));
            }
            for (int k = 0; k < at; k++) {
                assertEquals(0, p[k]);
                assertEquals(0, q[k]);
            }
        }
    }

    @Test
    void logSigmoidBothWaysAgreesWithStrictMathAndStaysFiniteAtTheExtremes() {
        for (double[] logits : new double[][] {sample(-40, 40), LOGIT_EXTREMES}) {
            int at = 3;
            BothWays sigmoid = sigmoidAt(logits, at);
            BothWays log = BothWays.zeros(sigmoid.positive().length);
            Elementwise.logSigmoid(logits, logits.length, sigmoid.positive(), sigmoid.negative(), log.positive(),
                    log.negative(), at);
            double[] logP = log.positive();
            double[] logQ = log.negative();
            for (int i = 0; i < logits.length; i++) {
                double v = logits[i];
                // ln σ(v) = −(max(−v, 0) + ln(1 + e^{−|v|})), in StrictMath
                double softplus = StrictMath.log1p(StrictMath.exp(-Math.abs(v)));
                double expectedP = -(Math.max(-v, 0) + softplus);
                double expectedQ = -(Math.max(v, 0) + softplus);
                assertEquals(expectedP, logP[at + i], 4 * Math.ulp(expectedP) + 1e-300, "ln σ(" + v + ")");
                assertEquals(expectedQ, logQ[at + i], 4 * Math.ulp(expectedQ) + 1e-300, "ln σ(−" + v + ")");
                assertTrue(Double.isFinite(logP[at + i]) && Double.isFinite(logQ[at + i]));
            }
        }
    }

    @Test
    void softmaxOfATileIsTheShiftedQuotientOfExponentialsWhereverThePixelFalls() {
        int channels = 3;
        int stride = 40;
        int length = 29; // whole vectors and a tail
        int pixels = 100;
        int at = 17;
        double[] x = new double[channels * stride];
        for (int k = 0; k < x.length; k++) {
            x[k] = k % 11 == 0 ? 800 * Math.cos(k) : 30 * Math.sin(1.7 * k); // some far past exp's range
        }
        double[] p = new double[channels * pixels];
        double[] normaliser = new double[pixels];
        Elementwise.softmax(x, stride, channels, length, new double[length], p, normaliser, pixels, at);
        for (int i = 0; i < length; i++) {
            double m = Math.max(x[i], Math.max(x[stride + i], x[2 * stride + i]));
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += StrictMath.exp(x[c * stride + i] - m);
            }
            assertEquals(sum, normaliser[at + i], 4 * Math.ulp(sum), "Σ at tile pixel " + i);
            double total = 0;
            for (int c = 0; c < channels; c++) {
                double expected = StrictMath.exp(x[c * stride + i] - m) / sum;
                double actual = p[c * pixels + at + i];
                assertEquals(expected, actual, 4 * Math.ulp(expected) + 1e-300, "p_" + c + " at tile pixel " + i);
                total += actual;
            }
            assertEquals(1, total, 1e-15);
        }
        for (int c = 0; c < channels; c++) {
            for (int j = 0; j < pixels; j++) {
                if (j < at || j >= at + length) {
                    assertEquals(0, p[c * pixels + j], "outside the tile, channel " + c + ", pixel " + j);
                }
            }
        }
    }

    @Test
    void onlyTheGivenRangeChanges() {
        double[] a = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        Elementwise.exp(a, 3, 17);
        for (int k = 0; k < a.length; k++) {
            assertEquals(k >= 3 && k < 17 ? Math.E : 1, a[k], 1e-15, "index " + k);
        }
    }

    /** Logits the activations meet at their ends: signed zeros, subnormals, saturation, overflow of e^{|x|}. */
    private static final double[] LOGIT_EXTREMES = {0, -0.0, 1e-320, -1e-300, 1e-17, -0.5, 1, 36, -36, 40, 700, -700, 745,
        -746, 1e4, -1e300};

    /** An output of a function of ±x: f(x) in {@code positive}, f(−x) in {@code negative}. */
    private record BothWays(double[] positive, double[] negative) {
        static BothWays zeros(int length) {
            return new BothWays(new double[length], new double[length]);
        }
    }

    /** σ(x) and σ(−x) of {@code logits}, written from index {@code at} on (the entries before stay 0). */
    private static BothWays sigmoidAt(double[] logits, int at) {
        BothWays out = BothWays.zeros(logits.length + at);
        Elementwise.sigmoid(logits, logits.length, out.positive(), out.negative(), at);
        return out;
    }

    private interface Bulk {
        void apply(double[] a, int from, int to);
    }

    private interface Exact {
        double apply(double x);
    }

    private static double[] sample(double low, double high) {
        Random random = new Random(11);
        double[] x = new double[1003];
        for (int i = 0; i < x.length; i++) {
            x[i] = low + (high - low) * random.nextDouble();
        }
        return x;
    }

    private static void check(double[] x, Bulk bulk, Exact exact) {
        double[] a = x.clone();
        bulk.apply(a, 0, a.length);
        for (int i = 0; i < x.length; i++) {
            double expected = exact.apply(x[i]);
            double tolerance = 2 * Math.ulp(expected);
            assertEquals(expected, a[i], tolerance, "at x = " + x[i]);
        }
    }

    /** Narrow (fewer than 4 lanes) machines legitimately use the scalar path. */
    private static final class DoubleVectorWidth {
        static boolean narrow() {
            return !VectorElementwise.worthwhile();
        }
    }
}
