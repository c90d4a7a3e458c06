package org.losslens.app.viewport;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The zoom and pan that the mask editor, the large heatmap, the pinned A | B | B − A panels and the
 * grid's small heatmaps share, so each shows the same region of the image. It is stated without any
 * view's size: {@code zoom} is relative to "fit" (1 = the whole image fits the view's drawing area)
 * and the centre is in image pixels. Every view maps it to its own area with {@link #transform}; a
 * view of any shape then shows at least the {@link #visibleWidth()} × {@link #visibleHeight()} image
 * pixels around the centre, and more along its longer side.
 *
 * <p>Clamped: zoom in [1, {@link #MAX_ZOOM}], the centre so that this region stays inside the image
 * (at zoom 1 it is the image's centre: fit). One change is one new {@link View} value, so a view
 * listening repaints once per wheel notch or drag event. Holds no nodes.
 */
public final class ViewportViewModel {

    /** The largest zoom over fit: a 512-pixel image at fit ≈ 1 screen pixel per pixel is then 64 per pixel. */
    public static final double MAX_ZOOM = 64;
    /** One wheel notch or one + / − key. */
    public static final double STEP = 1.25;

    /**
     * @param zoom    screen size relative to fit, in [1, MAX_ZOOM]
     * @param centreX image x shown at the centre of every view's drawing area
     * @param centreY image y shown at the centre
     */
    public record View(double zoom, double centreX, double centreY) {
    }

    private final ReadOnlyObjectWrapper<View> view = new ReadOnlyObjectWrapper<>(new View(1, 0.5, 0.5));
    private int imageWidth = 1;
    private int imageHeight = 1;

    /** The current zoom and centre; views listen to it. */
    public ReadOnlyObjectProperty<View> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public double zoom() {
        return view.get().zoom();
    }

    public double centreX() {
        return view.get().centreX();
    }

    public double centreY() {
        return view.get().centreY();
    }

    public int imageWidth() {
        return imageWidth;
    }

    public int imageHeight() {
        return imageHeight;
    }

    /** True when the whole image is in view (zoom 1, centred). */
    public boolean isFitted() {
        return zoom() == 1;
    }

    /** The image's size; a new size fits the view (the old region may not exist in the new image). */
    public void setImageSize(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size " + width + "×" + height);
        }
        if (width != imageWidth || height != imageHeight) {
            imageWidth = width;
            imageHeight = height;
            fit();
        }
    }

    /** The whole image again. */
    public void fit() {
        set(1, imageWidth / 2.0, imageHeight / 2.0);
    }

    /** Sets zoom and centre, clamped (a session or scenario restores its view with it). */
    public void set(double zoom, double centreX, double centreY) {
        double z = Double.isFinite(zoom) ? Math.max(1, Math.min(MAX_ZOOM, zoom)) : 1;
        View next = new View(z, clampCentre(centreX, imageWidth, z), clampCentre(centreY, imageHeight, z));
        if (!next.equals(view.get())) {
            view.set(next);
        }
    }

    /**
     * Zooms by {@code factor} keeping image point (x, y) where it is on screen (the point under the
     * cursor stays under it). With scale ∝ zoom, screen = areaCentre + (p − c)·scale holds before and
     * after when c' = p − (p − c)/f, in every view at once.
     */
    public void zoomAt(double factor, double imageX, double imageY) {
        View v = view.get();
        double next = Math.max(1, Math.min(MAX_ZOOM, v.zoom() * factor));
        double f = next / v.zoom();
        set(next, imageX - (imageX - v.centreX()) / f, imageY - (imageY - v.centreY()) / f);
    }

    /** One step in, around the centre. */
    public void zoomIn() {
        zoomAt(STEP, centreX(), centreY());
    }

    /** One step out, around the centre. */
    public void zoomOut() {
        zoomAt(1 / STEP, centreX(), centreY());
    }

    /** Moves the image by (dx, dy) image pixels on screen (a drag to the right shows what lay left). */
    public void panBy(double dx, double dy) {
        set(zoom(), centreX() - dx, centreY() - dy);
    }

    /** Image pixels across that every view shows at least. */
    public double visibleWidth() {
        return imageWidth / zoom();
    }

    /** Image pixels down that every view shows at least. */
    public double visibleHeight() {
        return imageHeight / zoom();
    }

    /**
     * This view of the shared zoom and centre in a drawing area: the fit scale (the whole image in the
     * area, times {@code margin} ≤ 1 to leave a frame) times the zoom, the centre at the area's centre.
     */
    public ViewTransform transform(double areaX, double areaY, double areaWidth, double areaHeight, double margin) {
        View v = view.get();
        double fit = Math.min(areaWidth / imageWidth, areaHeight / imageHeight) * margin;
        double scale = fit * v.zoom();
        return new ViewTransform(areaX, areaY, areaWidth, areaHeight, scale,
                areaX + areaWidth / 2 - v.centreX() * scale, areaY + areaHeight / 2 - v.centreY() * scale,
                imageWidth, imageHeight);
    }

    /** The centre keeps the region of side/zoom inside [0, side]. */
    private static double clampCentre(double centre, int side, double zoom) {
        double half = side / (2 * zoom);
        if (!Double.isFinite(centre)) {
            return side / 2.0;
        }
        return Math.max(half, Math.min(side - half, centre));
    }
}
