package org.losslens.core.loss.distribution;

import org.losslens.core.activation.Activations;
import org.losslens.core.activation.Elementwise;
import org.losslens.core.activation.Sigmoid;
import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;
import org.losslens.core.loss.param.ParamRole;
import org.losslens.core.loss.param.ParamSpec;
import org.losslens.core.tensor.Tensor;

/**
 * Conservative loss (Zhu et al. 2018, "Penalizing top performers: conservative loss for semantic
 * segmentation adaptation", ECCV, eq. 2): with p_t the probability of the true class,
 * <pre>
 *   CL(p_t) = λ·(1 + log_a p_t)²·log_a(−log_a p_t),     L = mean over pixels.
 * </pre>
 * It is positive for p_t &lt; 1/a, zero at p_t = 1/a and negative above, and it falls monotonically to
 * −∞ as p_t → 1 (the factor log_a(−log_a p_t) → −∞ while (1 + log_a p_t)² → 1): as written, more
 * confidence is always rewarded, without bound, and ∂CL/∂ℓ tends to λ/ln a, never 0 — descent keeps
 * pushing a confident pixel further (issue 18: the text used to say "moderate confidence is rewarded").
 *
 * <p>Computation. Everything is written in terms of the log-odds against the true class,
 * ℓ = ln((1 − p_t)/p_t), which is finite for every finite logit: ℓ = ∓x in binary mode (t = 1 / 0)
 * and ℓ = ln Σ_{c≠t} e^(x_c − x_t) (log-sum-exp) in multiclass mode. Then u = −ln p_t = softplus(ℓ)
 * (the reference's softplus / −log_softmax), and with Λ = ln a,
 * <pre>
 *   CL = λ·(1 − u/Λ)²·(ln u − ln Λ)/Λ
 *   ∂CL/∂ℓ = (λ/Λ)·[ −(2/Λ)(1 − u/Λ)(ln u − ln Λ)·σ(ℓ) + (1 − u/Λ)²·σ(ℓ)/u ]
 * </pre>
 * using du/dℓ = σ(ℓ) = 1 − p_t. ln u and σ(ℓ)/u are evaluated from ℓ directly (ln u ≈ ℓ and
 * σ(ℓ)/u ≈ 1 when p_t rounds to 1), so a confident correct pixel of logit 10⁴ gives a large negative
 * but finite value and a finite gradient instead of ln 0. Finally ∂ℓ/∂x_t = −1 and
 * ∂ℓ/∂x_c = e^(x_c − x_t − ℓ) for c ≠ t (binary: ∂ℓ/∂x = ∓1). Hard targets only.
 */
public final class Conservative implements Loss {

    private static final String SUMMARY_TAIL = " It is zero at p_t = 1/a, negative above, and falls without bound "
            + "as p_t → 1: as written it rewards ever more confidence, and its gradient never vanishes.";

    private static final ParamSpec SCALE = ParamSpec.real("lam", 5.0, 0, 20, ParamRole.NONE, "scale λ of the loss");
    private static final ParamSpec BASE = ParamSpec.real("a", Math.E, 1.1, 10, ParamRole.NONE,
            "base of the logarithm; the loss is 0 at p_t = 1/a and negative for more confident pixels");

    public static final LossSpec BINARY = LossSpec.builder("conservative", Mode.BINARY, Family.DISTRIBUTION)
            .title("Conservative loss")
            .summary("λ·(1 + log_a p_t)²·log_a(−log_a p_t) of the sigmoid probability of the true class: penalises "
                    + "under-confidence like cross-entropy." + SUMMARY_TAIL)
            .reference("Zhu et al. 2018, ECCV, eq. 2 (written from the paper; −ln p_t = softplus)")
            .gradientNote("no constants: the gradient flows through p_t everywhere; it is computed from the "
                    + "log-odds so it stays finite (≈ −λ/ln a per pixel in ∂/∂(log-odds)) as p_t → 1")
            .param(SCALE)
            .param(BASE)
            .factory(p -> new Conservative(p.real("lam"), p.real("a")))
            .build();

    public static final LossSpec MULTICLASS = LossSpec.builder("conservative", Mode.MULTICLASS, Family.DISTRIBUTION)
            .title("Conservative loss")
            .summary("λ·(1 + log_a p_t)²·log_a(−log_a p_t) of the softmax probability of the true class: penalises "
                    + "under-confidence like cross-entropy." + SUMMARY_TAIL)
            .reference("Zhu et al. 2018, ECCV, eq. 2 (written from the paper; −ln p_t = −log_softmax)")
            .gradientNote("no constants: the gradient flows through p_t everywhere; it is computed from the "
                    + "log-odds so it stays finite as p_t → 1")
            .param(SCALE)
            .param(BASE)
            .factory(p -> new Conservative(p.real("lam"), p.real("a")))
            .build();

    /** Below this log-odds e^ℓ &lt; 1e-13 and the series ln softplus(ℓ) = ℓ − e^ℓ/2 + O(e^2ℓ) is exact in doubles. */
    private static final double SERIES_BELOW = -30;
    /** e^SERIES_BELOW: odds below it take the series. */
    private static final double SERIES_RATIO = Math.exp(SERIES_BELOW);

    private final double lambda;
    private final double logBase;
    private final double logLogBase;

    /**
     * @param lambda λ ≥ 0
     * @param base   a &gt; 1
     */
    public Conservative(double lambda, double base) {
        if (!(base > 1) || !Double.isFinite(base)) {
            throw new IllegalArgumentException("conservative: parameter 'a' = " + base + " must be a finite base > 1");
        }
        this.lambda = lambda;
        this.logBase = Math.log(base);
        this.logLogBase = Math.log(logBase);
    }

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        return input.mode() == Mode.BINARY ? binary(input, scale, gradient) : multiclass(input, scale, gradient);
    }

    /**
     * Binary: per tile of {@value Elementwise#TILE} pixels the log-odds ℓ = ∓x, u = softplus(ℓ) = −ln p_t
     * and σ(ℓ) = 1 − p_t are gathered from the shared activations, ln u is taken in bulk (Elementwise),
     * then each pixel is finished in order.
     */
    private double binary(LossInput input, double scale, double[] gradient) {
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        Activations a = input.activations();
        int n = input.pixels();
        double step = scale / n;
        double sum = 0;
        double[] term = new double[2];
        double[] logOdds = new double[Elementwise.TILE];
        double[] u = new double[Elementwise.TILE];
        double[] logU = new double[Elementwise.TILE];
        double[] complement = new double[Elementwise.TILE];
        double[] logP = a.logProbabilityValues();
        double[] logQ = a.logComplementValues();
        // plain arrays, not per-element accessors (which were calls once C2's inlining budget had gone
        // to the bulk ln of this method)
        double[] probability = a.probabilityValues();
        double[] complementOfP = a.complementValues();
        for (int start = 0; start < n; start += Elementwise.TILE) {
            int length = Math.min(Elementwise.TILE, n - start);
            for (int j = 0; j < length; j++) {
                int i = start + j;
                double x = a.logit(i);
                boolean foreground = targetValues[i] >= 0.5;
                logOdds[j] = foreground ? -x : x;
                u[j] = foreground ? -logP[i] : -logQ[i];
                complement[j] = foreground ? complementOfP[i] : probability[i];
            }
            System.arraycopy(u, 0, logU, 0, length);
            Elementwise.log(logU, 0, length);
            for (int j = 0; j < length; j++) {
                int i = start + j;
                pixel(logOdds[j], u[j], logU[j], complement[j], term);
                sum += term[0];
                gradient[i] += step * term[1] * (targetValues[i] >= 0.5 ? -1 : 1);
            }
        }
        return sum / n;
    }

    /**
     * Multiclass: per tile, the odds r = q/p_t of each pixel from the shared softmax (see
     * {@link #fromSoftmax}), then u = ln(1 + r) and ln u in bulk; pixels whose q or p_t is subnormal or 0
     * take the log-sum-exp path of their logits instead ({@link #fromLogits}).
     */
    private double multiclass(LossInput input, double scale, double[] gradient) {
        Target t = input.target();
        Activations a = input.activations();
        int n = input.pixels();
        int channels = input.channels();
        double step = scale / n;
        double sum = 0;
        double[] term = new double[2];
        double[] odds = new double[Elementwise.TILE];
        double[] others = new double[Elementwise.TILE];
        double[] u = new double[Elementwise.TILE];
        double[] logU = new double[Elementwise.TILE];
        // plain arrays, not per-element accessors (see binary)
        int[] labels = t.labelValues();
        double[] probability = a.probabilityValues();
        for (int start = 0; start < n; start += Elementwise.TILE) {
            int length = Math.min(Elementwise.TILE, n - start);
            for (int j = 0; j < length; j++) {
                int i = start + j;
                int y = labels[i];
                double pt = probability[y * n + i];
                double q = 0;
                for (int c = 0; c < channels; c++) {
                    if (c != y) {
                        q += probability[c * n + i];
                    }
                }
                others[j] = q;
                // NaN marks a pixel for the log-sum-exp path; its u and ln u are not read
                odds[j] = q >= Double.MIN_NORMAL && pt >= Double.MIN_NORMAL ? q / pt : Double.NaN;
                u[j] = odds[j];
            }
            Elementwise.log1p(u, 0, length);
            System.arraycopy(u, 0, logU, 0, length);
            Elementwise.log(logU, 0, length);
            for (int j = 0; j < length; j++) {
                int i = start + j;
                int y = labels[i];
                double r = odds[j];
                if (Double.isNaN(r)) {
                    fromLogits(a, y, i, n, step, term, gradient);
                    sum += term[0];
                    continue;
                }
                fromSoftmax(probability, channels, y, i, n, r, others[j], u[j], logU[j], step, term, gradient);
                sum += term[0];
            }
        }
        return sum / n;
    }

    /**
     * The multiclass pixel from the shared softmax: with q = Σ_{c≠t} p_c (summed, so no 1 − p_t
     * cancellation) the odds are r = q/p_t, ℓ = ln r, u = ln(1 + r), σ(ℓ) = r/(1 + r) and
     * ∂ℓ/∂x_c = p_c/q — no exponential per class. Only for q and p_t normal (not subnormal, not 0).
     */
    private void fromSoftmax(double[] probability, int channels, int y, int i, int n, double r, double q, double u,
                             double logU,
                             double step, double[] term, double[] gradient) {
        // pixel() reads ℓ = ln r only below SERIES_BELOW, so the logarithm is taken only there
        double logOdds = r < SERIES_RATIO ? Math.log(r) : SERIES_BELOW;
        pixel(logOdds, u, logU, r <= 1 ? r / (1 + r) : 1 / (1 + 1 / r), term);
        double dl = step * term[1];
        for (int c = 0; c < channels; c++) {
            int k = c * n + i;
            gradient[k] += c == y ? -dl : dl * probability[k] / q;
        }
    }

    /** The multiclass pixel from its logits, ℓ = ln Σ_{c≠t} e^(x_c − x_t) by log-sum-exp: where p_t or q underflows. */
    private void fromLogits(Activations a, int y, int i, int n, double step, double[] term, double[] gradient) {
        Tensor logits = a.logits();
        int channels = a.shape().channels();
        double xt = logits.get(y * n + i);
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < channels; c++) {
            if (c != y) {
                max = Math.max(max, logits.get(c * n + i) - xt);
            }
        }
        double s = 0;
        for (int c = 0; c < channels; c++) {
            if (c != y) {
                s += Math.exp(logits.get(c * n + i) - xt - max);
            }
        }
        double logOdds = max + Math.log(s);
        double e = Math.exp(-Math.abs(logOdds));
        double u = Math.max(logOdds, 0) + Sigmoid.log1p(e);
        pixel(logOdds, u, Math.log(u), logOdds >= 0 ? 1 / (1 + e) : e / (1 + e), term);
        double dl = step * term[1];
        for (int c = 0; c < channels; c++) {
            if (c == y) {
                gradient[c * n + i] -= dl;
            } else {
                gradient[c * n + i] += dl * Math.exp(logits.get(c * n + i) - xt - logOdds);
            }
        }
    }

    /**
     * Writes CL and ∂CL/∂ℓ of one pixel with log-odds ℓ against its true class into {@code out}, given
     * u = softplus(ℓ) = −ln p_t, its logarithm (read only outside the series) and σ(ℓ) = 1 − p_t.
     */
    private void pixel(double logOdds, double u, double lnU, double complement, double[] out) {
        // Below SERIES_BELOW, u = softplus(ℓ) ≈ e^ℓ underflows towards 0, so ln u ≈ ℓ − e^ℓ/2 and
        // σ(ℓ)/u ≈ 1 − e^ℓ/2 (series of ln(1 + y) at y = e^ℓ)
        boolean series = logOdds < SERIES_BELOW;
        double e = series ? Math.exp(logOdds) : 0;
        double logU = series ? logOdds - e / 2 : lnU;
        double ratio = series ? 1 - e / 2 : complement / u;
        double factor = 1 - u / logBase;
        double logTerm = (logU - logLogBase) / logBase;
        out[0] = lambda * factor * factor * logTerm;
        out[1] = lambda / logBase * (-2 / logBase * factor * (logU - logLogBase) * complement + factor * factor * ratio);
    }
}
