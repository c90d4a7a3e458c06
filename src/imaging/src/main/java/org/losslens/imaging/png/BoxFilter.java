package org.losslens.imaging.png;

/**
 * Resampling by averaging the source area each target pixel covers (a box filter): downscaling keeps
 * thin structures as partial grey instead of dropping them, upscaling repeats pixels.
 */
public final class BoxFilter {

    private BoxFilter() {
    }

    public static double[] resample(double[] values, int width, int height, int newWidth, int newHeight) {
        double[] out = new double[newWidth * newHeight];
        double sx = (double) width / newWidth;
        double sy = (double) height / newHeight;
        for (int y = 0; y < newHeight; y++) {
            double y0 = y * sy;
            double y1 = y0 + sy;
            for (int x = 0; x < newWidth; x++) {
                double x0 = x * sx;
                double x1 = x0 + sx;
                double sum = 0;
                double area = 0;
                for (int yy = (int) Math.floor(y0); yy < Math.min(height, Math.ceil(y1)); yy++) {
                    double wy = Math.min(y1, yy + 1) - Math.max(y0, yy);
                    for (int xx = (int) Math.floor(x0); xx < Math.min(width, Math.ceil(x1)); xx++) {
                        double w = wy * (Math.min(x1, xx + 1) - Math.max(x0, xx));
                        sum += w * values[yy * width + xx];
                        area += w;
                    }
                }
                out[y * newWidth + x] = area > 0 ? sum / area : 0;
            }
        }
        return out;
    }
}
