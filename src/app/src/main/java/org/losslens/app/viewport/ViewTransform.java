package org.losslens.app.viewport;

/**
 * Where one view draws the shared {@link ViewportViewModel}: {@code scale} screen pixels per image pixel and the
 * screen point of image (0, 0), for a drawing area of that view. Image pixel (x, y) covers
 * [x, x+1) × [y, y+1); the mapping is affine, so {@link #toImageX} undoes {@link #toScreenX} exactly.
 *
 * @param areaX       left of the view's drawing area, in the view's coordinates
 * @param areaY       top of the drawing area
 * @param areaWidth   width of the drawing area
 * @param areaHeight  height of the drawing area
 * @param scale       screen pixels per image pixel (the view's fit scale times the shared zoom)
 * @param originX     screen x of image x = 0
 * @param originY     screen y of image y = 0
 * @param imageWidth  image width in pixels
 * @param imageHeight image height in pixels
 */
public record ViewTransform(double areaX, double areaY, double areaWidth, double areaHeight, double scale,
                            double originX, double originY, int imageWidth, int imageHeight) {

    /** The whole image drawn unzoomed at (originX, originY): the drawing area is the image itself. */
    public static ViewTransform whole(double originX, double originY, double scale, int imageWidth, int imageHeight) {
        return new ViewTransform(originX, originY, imageWidth * scale, imageHeight * scale, scale, originX, originY,
                imageWidth, imageHeight);
    }

    public double toScreenX(double imageX) {
        return originX + imageX * scale;
    }

    public double toScreenY(double imageY) {
        return originY + imageY * scale;
    }

    public double toImageX(double screenX) {
        return (screenX - originX) / scale;
    }

    public double toImageY(double screenY) {
        return (screenY - originY) / scale;
    }

    /** The image column under screen x (may lie outside the image). */
    public int columnAt(double screenX) {
        return (int) Math.floor(toImageX(screenX));
    }

    /** The image row under screen y (may lie outside the image). */
    public int rowAt(double screenY) {
        return (int) Math.floor(toImageY(screenY));
    }

    /** The first image column at least partly inside the drawing area (0 … imageWidth). */
    public int firstColumn() {
        return clamp((int) Math.floor(toImageX(areaX)), imageWidth);
    }

    /** One past the last image column at least partly inside the drawing area (firstColumn … imageWidth). */
    public int endColumn() {
        return Math.max(firstColumn(), clamp((int) Math.ceil(toImageX(areaX + areaWidth)), imageWidth));
    }

    /** The first image row at least partly inside the drawing area. */
    public int firstRow() {
        return clamp((int) Math.floor(toImageY(areaY)), imageHeight);
    }

    /** One past the last image row at least partly inside the drawing area. */
    public int endRow() {
        return Math.max(firstRow(), clamp((int) Math.ceil(toImageY(areaY + areaHeight)), imageHeight));
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
