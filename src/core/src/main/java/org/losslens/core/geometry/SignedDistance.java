package org.losslens.core.geometry;

/**
 * The signed distance map of a mask as the boundary loss uses it (Kervadec et al., "Boundary loss
 * for highly unbalanced segmentation", MIDL 2019 / MedIA 2021, eq. 5; LIVIAETS/boundary-loss
 * {@code one_hot2dist}):
 * <pre>
 *   φ = EDT(not G)          outside G  (≥ 1: distance to the nearest pixel of G)
 *   φ = −(EDT(G) − 1)       inside G   (≤ 0: 0 on G's contour, more negative deeper inside)
 * </pre>
 * An empty or a full mask has no boundary; its map is 0 everywhere (one_hot2dist gives 0 for an
 * empty mask, and the catalogue fixes 0 for a full one).
 */
public final class SignedDistance {

    private SignedDistance() {
    }

    public static PixelMap of(Mask g) {
        if (g.isEmpty() || g.isFull()) {
            return PixelMap.zeros(g.height(), g.width());
        }
        PixelMap across = DistanceTransform.acrossBoundary(g);
        double[] phi = new double[g.pixels()];
        for (int i = 0; i < phi.length; i++) {
            double d = across.get(i);
            phi[i] = g.contains(i) ? -(d - 1) : d;
        }
        return PixelMap.adopt(g.height(), g.width(), phi);
    }
}
