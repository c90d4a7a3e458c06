package org.losslens.core.activation;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * e^x, e^x − 1, ln x and ln(1 + x) lane by lane, from additions, multiplications, divisions, blends
 * and bit operations only, so that a lane gives the same bits whether the loop is interpreted or
 * compiled.
 *
 * <p>Why not {@code lanewise(VectorOperators.EXP)}: the JIT compiles it to the JDK's SVML stubs, while
 * the interpreter and C1 evaluate it lane by lane with {@code Math.exp}. Both are within 1 ulp, but
 * they are not the same function: measured here, 4 % of e^x on [−20, 0] change their last bit once
 * C2 has compiled the loop. The same input then gave different gradients before and after warm-up
 * (a cached activation against a fresh one), and {@code eval} output depended on how long the JVM had
 * run. The IEEE operations used here are exactly rounded in every execution mode.
 *
 * <p>Accuracy: within 1 ulp of {@code StrictMath} (checked in {@code ElementwiseTest}). The
 * polynomials use fused multiply-adds (half the operations of a Horner step, and exactly rounded like
 * the rest): the vector path runs only where long vectors are as wide as double vectors of 4 lanes or
 * more (AVX2, AVX-512 — every such x86 CPU has FMA; {@link VectorElementwise#worthwhile}), so the API's
 * slow fallbacks for {@code fma} and the long operations are never what runs.
 *
 * <p>Each function covers the arguments given at {@link #EXP_LIMIT} and {@link #LOG1P_LOW} (for e^x
 * |x| ≤ 707 and the underflow to 0, for ln x normal positive finite x and 0); the callers run a vector
 * with any other lane
 * through the scalar {@code Math} function instead, element by element from memory, which gives the
 * same bits in every mode too (one intrinsic stub for the interpreter and the compilers, or fdlibm).
 * Why there and not here: a fallback inside these functions either returned a vector from a call C2
 * did not inline, which made C2 box every vector of the fast path as soon as any input had taken it
 * (a ln 0 or an e^−∞ in a loss is common: exp_log, the asymmetric focal losses and generalized_ce ran
 * 2–2.5× slower), or handled the extremes with blends, which pushed the callers past C2's node-count
 * inlining cutoff (4× slower). For the same reason the methods are split below C2's 325-byte
 * inlining limit: a vector that crosses a call that is not inlined is boxed on the heap.
 */
final class VectorTranscendentals {

    /** Round-to-integer shift 1.5·2^52: t = y + SHIFT holds round(y) in its low mantissa bits. */
    private static final double SHIFT = 0x1.8p52;
    private static final long SHIFT_BITS = Double.doubleToRawLongBits(SHIFT);
    private static final double LOG2_E = 0x1.71547652b82fep0;
    /** ln 2 split as fdlibm does (e_exp.c, e_log.c): k·LN2_HI is exact for |k| &lt; 2^20. */
    private static final double LN2_HI = 0x1.62e42feep-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    /**
     * e^x covers x ≤ 707 and x ≥ −707 (2^k and e^x stay normal, so scaling by 2^k is exact) and x below
     * {@link #UNDERFLOW} (−∞ included), where e^x is 0; e^x − 1 covers every x ≤ 707 (−1 below −707).
     * Saturated probabilities give ln 0 = −∞ and then e^(γ·−∞) = 0 in every power-law loss, too often
     * for a scalar detour (exp_log, the asymmetric focal losses, generalized_ce, conservative ran
     * twice as long on the reference's inputs).
     */
    static final double EXP_LIMIT = 707.0;
    /** Below this e^x &lt; 2^−1075 rounds to 0 (ln 2^−1075 = −745.133…). */
    static final double UNDERFLOW = -745.1332191019412;
    /**
     * ln(1 + x) covers x in (LOG1P_LOW, LOG1P_HIGH]: there 1 + x is normal (at least 2^−53) and finite.
     * ln x covers normal, positive, finite x and ±0 (−∞). The callers test these bounds in their loops:
     * a small method of its own for the test was not inlined in some loops ("callee uses too much
     * stack"), and a mask returned from a call is a boxed object.
     */
    static final double LOG1P_LOW = -1.0;
    static final double LOG1P_HIGH = Double.MAX_VALUE;

    /** fdlibm e_log.c: ln(1 + f) = 2s + s·R(s²), s = f / (2 + f), R a minimax polynomial on |s| ≤ 0.1716. */
    private static final double LG1 = 0x1.5555555555593p-1;
    private static final double LG2 = 0x1.999999997fa04p-2;
    private static final double LG3 = 0x1.2492494229359p-2;
    private static final double LG4 = 0x1.c71c51d8e78afp-3;
    private static final double LG5 = 0x1.7466496cb03dep-3;
    private static final double LG6 = 0x1.39a09d078c69fp-3;
    private static final double LG7 = 0x1.2f112df3e5244p-3;
    private static final long MANTISSA = 0x000f_ffff_ffff_ffffL;
    private static final long ONE_BITS = 0x3ff0_0000_0000_0000L;
    /** fdlibm's 0x95f64 in the high word: adding it carries into bit 52 exactly when 1.m ≥ √2 (about). */
    private static final long SQRT2_CARRY = 0x9_5f64L << 32;
    private static final long HIDDEN_BIT = 1L << 52;

    private VectorTranscendentals() {
    }

    /**
     * e^x for |x| ≤ 707: x = k·ln 2 + r with k = round(x·log₂e) and |r| ≲ ln2/2 (Cody–Waite, the low
     * part of ln 2 subtracted separately), e^r by its Taylor series to r^13 (the remainder is below
     * 0.02 ulp for |r| ≤ 0.347), then scaled by 2^k built from k's bits.
     */
    static DoubleVector exp(DoubleVector x) {
        DoubleVector z = x.max(-EXP_LIMIT); // below UNDERFLOW the result is 0, blended in at the end
        DoubleVector shifted = z.mul(LOG2_E).add(SHIFT);
        DoubleVector k = shifted.sub(SHIFT);
        DoubleVector r = z.sub(k.mul(LN2_HI)).sub(k.mul(LN2_LO));
        DoubleVector twoToK = shifted.reinterpretAsLongs().sub(SHIFT_BITS - 1023).lanewise(VectorOperators.LSHL, 52)
                .reinterpretAsDoubles();
        DoubleVector expR = expm1OfReduced(r, r.broadcast(1.0 / 6227020800.0)).add(1.0); // the series from 1/13!
        return expR.mul(twoToK).blend(0.0, x.compare(VectorOperators.LT, UNDERFLOW));
    }

    /**
     * e^x − 1 = 2^k·(e^r − 1) + (2^k − 1), the reduction of {@link #exp} but with k = 0 wherever
     * |x| &lt; ln 2: there the series e^r − 1 = r + r²·P(r) runs on r = x itself (to r^17, for |r| up to
     * ln 2), exact to the last bits for tiny x where e^x − 1 would cancel. Elsewhere |k| ≥ 1 and e^r − 1
     * has the sign of k, so the two parts add without cancelling (2^k − 1 is exact for |k| ≤ 53, and
     * rounded beyond, where it no longer matters); one addition rounds. With the usual k also for
     * |x| in [0.35, 0.69), 2s + 1 with s ≈ −0.3 cancelled to 2 ulps.
     */
    static DoubleVector expm1(DoubleVector x) {
        VectorMask<Double> small = x.abs().compare(VectorOperators.LT, LN2_HI);
        DoubleVector z = x.max(-EXP_LIMIT); // below it e^x − 1 rounds to −1, blended in at the end
        DoubleVector shifted = z.mul(LOG2_E).add(SHIFT).blend(SHIFT, small);
        DoubleVector k = shifted.sub(SHIFT);
        DoubleVector r = z.sub(k.mul(LN2_HI)).sub(k.mul(LN2_LO));
        DoubleVector twoToK = twoTo(shifted);
        DoubleVector higherTerms = r.broadcast(1.0 / 355687428096000.0);   // 1/17!
        higherTerms = higherTerms.mul(r).add(1.0 / 20922789888000.0);       // 1/16!
        higherTerms = higherTerms.mul(r).add(1.0 / 1307674368000.0);        // 1/15!
        higherTerms = higherTerms.mul(r).add(1.0 / 87178291200.0);          // 1/14!
        DoubleVector fromThirteen = higherTerms.mul(r).add(1.0 / 6227020800.0); // 1/13!
        return expm1OfReduced(r, fromThirteen).mul(twoToK).add(twoToK.sub(1.0))
                .blend(-1.0, x.compare(VectorOperators.LT, -EXP_LIMIT));
    }

    /** 2^k from t = k + SHIFT's bits (k in the low mantissa bits). */
    private static DoubleVector twoTo(DoubleVector shifted) {
        return shifted.reinterpretAsLongs().sub(SHIFT_BITS - 1023).lanewise(VectorOperators.LSHL, 52)
                .reinterpretAsDoubles();
    }

    /**
     * e^r − 1 = r + r²·P(r), P the Taylor series from 1/2! on in Horner form, continued from
     * {@code fromThirteen}: the Horner sum down to the coefficient 1/13! (just 1/13! for e^x; the terms
     * from 1/17! for e^x − 1).
     */
    private static DoubleVector expm1OfReduced(DoubleVector r, DoubleVector fromThirteen) {
        DoubleVector series = fromThirteen.fma(r, r.broadcast(1.0 / 479001600.0)); // 1/12!
        series = series.fma(r, r.broadcast(1.0 / 39916800.0));
        series = series.fma(r, r.broadcast(1.0 / 3628800.0));
        series = series.fma(r, r.broadcast(1.0 / 362880.0));
        series = series.fma(r, r.broadcast(1.0 / 40320.0));
        series = series.fma(r, r.broadcast(1.0 / 5040.0));
        series = series.fma(r, r.broadcast(1.0 / 720.0));
        series = series.fma(r, r.broadcast(1.0 / 120.0));
        series = series.fma(r, r.broadcast(1.0 / 24.0));
        series = series.fma(r, r.broadcast(1.0 / 6.0));
        series = series.fma(r, r.broadcast(0.5));
        return r.mul(r).fma(series, r);
    }

    /**
     * ln x for normal positive x: x = 2^k·m with m in [√2/2, √2), then fdlibm's e_log.c for
     * ln m = ln(1 + f), f = m − 1: k·ln2_hi − ((f²/2 − (s·(f²/2 + R) + k·ln2_lo)) − f).
     */
    static DoubleVector log(DoubleVector x) {
        LongVector bits = x.reinterpretAsLongs();
        LongVector mantissa = bits.and(MANTISSA);
        LongVector halve = mantissa.add(SQRT2_CARRY).and(HIDDEN_BIT);
        DoubleVector m = mantissa.or(halve.lanewise(VectorOperators.XOR, ONE_BITS)).reinterpretAsDoubles();
        LongVector exponent = bits.lanewise(VectorOperators.LSHR, 52).sub(1023)
                .add(halve.lanewise(VectorOperators.LSHR, 52));
        DoubleVector k = exponent.add(SHIFT_BITS).reinterpretAsDoubles().sub(SHIFT); // exact: |k| ≤ 1024
        return lnOfReduced(k, m.sub(1.0)).blend(Double.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, 0.0));
    }

    /** k·ln 2 + ln(1 + f) for |f| ≲ 0.414, fdlibm's e_log.c in the form it uses for most f. */
    private static DoubleVector lnOfReduced(DoubleVector k, DoubleVector f) {
        DoubleVector s = f.div(f.add(2.0));
        DoubleVector z = s.mul(s);
        DoubleVector w = z.mul(z);
        DoubleVector t1 = w.mul(w.fma(w.fma(w.broadcast(LG6), w.broadcast(LG4)), w.broadcast(LG2)));
        DoubleVector t2 = z.mul(w.fma(w.fma(w.fma(w.broadcast(LG7), w.broadcast(LG5)), w.broadcast(LG3)),
                w.broadcast(LG1)));
        DoubleVector polynomial = t2.add(t1);
        DoubleVector halfSquare = f.mul(f).mul(0.5);
        return k.mul(LN2_HI).sub(halfSquare.sub(s.mul(halfSquare.add(polynomial)).add(k.mul(LN2_LO))).sub(f));
    }

    /**
     * ln(1 + x) = ln u + e/u with u = 1 + x rounded and e = (1 + x) − u its exact rounding error
     * (Knuth's TwoSum): the first-order correction keeps tiny x exact (u = 1 gives e = x).
     */
    static DoubleVector log1p(DoubleVector x) {
        DoubleVector u = x.add(1.0);
        DoubleVector xPart = u.sub(1.0);
        DoubleVector error = x.broadcast(1.0).sub(u.sub(xPart)).add(x.sub(xPart));
        return log(u).add(error.div(u));
    }
}
