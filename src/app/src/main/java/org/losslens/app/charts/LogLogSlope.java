package org.losslens.app.charts;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The slope of a curve on log–log axes, fitted by least squares (Commons Math's
 * {@link SimpleRegression} on (ln x, ln y)): a curve y ∝ x^k has slope k, so "Dice's foreground
 * gradient grows as 1/area" reads as slope ≈ −1 and "BCE's loss shrinks with the object" as ≈ +1.
 * Points with x or y not positive and finite have no logarithm and are left out.
 */
public final class LogLogSlope {

    private LogLogSlope() {
    }

    /** The fitted exponent k of y ≈ c·x^k, or NaN with fewer than three usable points. */
    public static double of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values for " + y.length + " y values");
        }
        SimpleRegression fit = new SimpleRegression();
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && y[i] > 0 && Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                fit.addData(Math.log(x[i]), Math.log(y[i]));
            }
        }
        return fit.getN() < 3 ? Double.NaN : fit.getSlope();
    }
}
