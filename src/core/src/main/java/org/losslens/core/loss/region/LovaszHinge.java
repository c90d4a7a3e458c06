package org.losslens.core.loss.region;

import org.losslens.core.loss.Family;
import org.losslens.core.loss.Loss;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.Target;

/**
 * Lovász hinge (Berman et al. 2018, "The Lovász-Softmax loss", section 3.1, eq. 10), as
 * {@code lovasz_hinge(logits, labels, per_image=True)} of bermanmaxim/LovaszSoftmax with a batch of one.
 * It acts on the raw logits x, not on probabilities:
 * <pre>
 *   s_i = 2t_i − 1,   m_i = 1 − x_i·s_i               (hinge errors)
 *   L   = Σ_k relu(m_π(k))·g_k                          (π sorts m in decreasing order)
 * </pre>
 * with g the gradient of the Lovász extension of the Jaccard loss ({@link LovaszExtension}).
 * Gradient, with π held fixed: ∂L/∂x_i = −s_i·g_rank(i) where m_i &gt; 0, and 0 where m_i ≤ 0 (relu
 * taken with derivative 0 at its kink, as autograd does). Hard targets only.
 */
public final class LovaszHinge implements Loss {

    public static final LossSpec SPEC = LossSpec.builder("lovasz_hinge", Mode.BINARY, Family.REGION)
            .title("Lovász hinge")
            .summary("Convex surrogate of the IoU loss: hinge errors 1 − x·(2t − 1) of the raw logits, sorted from "
                    + "worst to best and weighted by how much each one worsens the IoU. Only pixels on the wrong "
                    + "side of the margin contribute.")
            .reference("Berman et al. 2018, eq. 10; bermanmaxim/LovaszSoftmax lovasz_hinge(per_image=True)")
            .gradientNote("the sort permutation of the errors is a constant: each pixel's gradient is its Lovász "
                    + "weight g_k (the IoU increment at its rank), so ranks — not error sizes — set the weights; "
                    + "pixels with error ≤ 0 (outside the margin) get no gradient")
            .sorts()
            .factory(p -> new LovaszHinge())
            .build();

    @Override
    public double accumulate(LossInput input, double scale, double[] gradient) {
        Target t = input.target();
        double[] targetValues = t.oneHotValues();
        int n = input.pixels();
        double[] errors = new double[n];
        double[] signs = new double[n];
        for (int i = 0; i < n; i++) {
            signs[i] = 2 * targetValues[i] - 1;
            errors[i] = 1 - input.activations().logit(i) * signs[i];
        }
        // only errors > 0 pass the ReLU, and they lead the descending order: rank just those
        int[] order = LovaszExtension.sortPositiveDescending(errors);
        double[] foregroundSorted = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            foregroundSorted[k] = targetValues[order[k]];
        }
        double foreground = 0;
        for (int i = 0; i < n; i++) {
            foreground += targetValues[i];
        }
        double[] weights = LovaszExtension.jaccardGradient(foregroundSorted, foreground);
        double loss = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            loss += errors[i] * weights[k];
            gradient[i] -= scale * signs[i] * weights[k];
        }
        return loss;
    }
}
