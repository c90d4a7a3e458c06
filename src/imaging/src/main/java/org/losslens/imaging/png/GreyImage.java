package org.losslens.imaging.png;

/**
 * A decoded image as grey levels in [0, 1], row-major, whatever its bit depth or colour type was.
 */
public record GreyImage(int width, int height, double[] grey) {

    public GreyImage {
        if (width < 1 || height < 1 || grey.length != width * height) {
            throw new IllegalArgumentException("grey image " + width + "x" + height + " with " + grey.length + " values");
        }
    }

    public boolean isBinary() {
        for (double v : grey) {
            if (v != 0 && v != 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Resampled to {@code newWidth} × {@code newHeight} by averaging the source area each target pixel
     * covers (box filter): downscaling keeps thin structures as partial grey instead of dropping them.
     */
    public GreyImage resized(int newWidth, int newHeight) {
        if (newWidth == width && newHeight == height) {
            return this;
        }
        double[] out = BoxFilter.resample(grey, width, height, newWidth, newHeight);
        return new GreyImage(newWidth, newHeight, out);
    }
}
