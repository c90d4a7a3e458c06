package org.losslens.app.viewport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared zoom and pan, without the toolkit: clamps and the image ↔ screen mapping. */
class ViewportViewModelTest {

    private static final double EPS = 1e-9;

    private static ViewportViewModel viewport(int w, int h) {
        ViewportViewModel v = new ViewportViewModel();
        v.setImageSize(w, h);
        return v;
    }

    @Test
    void aNewImageIsFittedAndCentred() {
        ViewportViewModel v = viewport(128, 64);
        assertEquals(1, v.zoom());
        assertEquals(64, v.centreX());
        assertEquals(32, v.centreY());
        assertTrue(v.isFitted());
    }

    @Test
    void zoomIsClampedToFitAndTheMaximum() {
        ViewportViewModel v = viewport(100, 100);
        v.zoomAt(0.01, 10, 10);
        assertEquals(1, v.zoom());
        v.set(1e6, 50, 50);
        assertEquals(ViewportViewModel.MAX_ZOOM, v.zoom());
        for (int i = 0; i < 100; i++) {
            v.zoomIn();
        }
        assertEquals(ViewportViewModel.MAX_ZOOM, v.zoom());
        v.set(Double.NaN, 50, 50);
        assertEquals(1, v.zoom());
    }

    @Test
    void panIsClampedSoTheSharedRegionStaysInsideTheImage() {
        ViewportViewModel v = viewport(100, 80);
        v.set(4, 50, 40);
        v.panBy(1000, -1000);
        // at zoom 4 the region is 25 × 20 pixels: its centre lies in [12.5, 87.5] × [10, 70]
        assertEquals(12.5, v.centreX(), EPS);
        assertEquals(70, v.centreY(), EPS);
        v.panBy(-5, 3);
        assertEquals(17.5, v.centreX(), EPS);
        assertEquals(67, v.centreY(), EPS);
        assertEquals(25, v.visibleWidth(), EPS);
        assertEquals(20, v.visibleHeight(), EPS);
    }

    @Test
    void atFitPanningDoesNothing() {
        ViewportViewModel v = viewport(64, 64);
        v.panBy(10, 10);
        assertEquals(32, v.centreX());
        assertEquals(32, v.centreY());
    }

    @Test
    void zoomingOutAgainClampsTheCentreBackIntoRange() {
        ViewportViewModel v = viewport(100, 100);
        v.set(10, 95, 5);
        assertEquals(95, v.centreX(), EPS);
        v.zoomAt(1 / 5.0, 95, 5);
        // zoom 2: centre within [25, 75]
        assertEquals(2, v.zoom(), EPS);
        assertEquals(75, v.centreX(), EPS);
        assertEquals(25, v.centreY(), EPS);
    }

    @Test
    void fitResetsZoomAndCentre() {
        ViewportViewModel v = viewport(50, 30);
        v.set(8, 10, 10);
        v.fit();
        assertEquals(new ViewportViewModel.View(1, 25, 15), v.viewProperty().get());
    }

    @Test
    void aNewImageSizeFitsButTheSameSizeKeepsTheView() {
        ViewportViewModel v = viewport(100, 100);
        v.set(4, 30, 30);
        v.setImageSize(100, 100);
        assertEquals(4, v.zoom());
        v.setImageSize(200, 100);
        assertEquals(new ViewportViewModel.View(1, 100, 50), v.viewProperty().get());
        assertThrows(IllegalArgumentException.class, () -> v.setImageSize(0, 10));
    }

    @Test
    void zoomAtKeepsThePointUnderTheCursorInEveryView() {
        ViewportViewModel v = viewport(128, 128);
        v.set(2, 64, 64);
        ViewTransform wide = v.transform(0, 0, 800, 500, 0.96);
        ViewTransform small = v.transform(10, 20, 150, 150, 1);
        double imageX = 70.3;
        double imageY = 58.9;
        double wideX = wide.toScreenX(imageX);
        double wideY = wide.toScreenY(imageY);
        double smallX = small.toScreenX(imageX);
        double smallY = small.toScreenY(imageY);
        v.zoomAt(ViewportViewModel.STEP, imageX, imageY);
        ViewTransform wideAfter = v.transform(0, 0, 800, 500, 0.96);
        ViewTransform smallAfter = v.transform(10, 20, 150, 150, 1);
        assertEquals(wideX, wideAfter.toScreenX(imageX), EPS);
        assertEquals(wideY, wideAfter.toScreenY(imageY), EPS);
        assertEquals(smallX, smallAfter.toScreenX(imageX), EPS);
        assertEquals(smallY, smallAfter.toScreenY(imageY), EPS);
        assertEquals(wide.scale() * ViewportViewModel.STEP, wideAfter.scale(), EPS);
    }

    @Test
    void transformMapsImageToScreenAndBack() {
        ViewportViewModel v = viewport(64, 32);
        v.set(4, 20, 10);
        ViewTransform t = v.transform(5, 7, 300, 200, 1);
        // fit = min(300/64, 200/32) = 4.6875; scale = 18.75; the centre (20, 10) at the area's centre (155, 107)
        assertEquals(18.75, t.scale(), EPS);
        assertEquals(155, t.toScreenX(20), EPS);
        assertEquals(107, t.toScreenY(10), EPS);
        assertEquals(155 + 18.75, t.toScreenX(21), EPS);
        for (double x : new double[] {0, 3.25, 20, 63.9}) {
            assertEquals(x, t.toImageX(t.toScreenX(x)), EPS);
            assertEquals(x / 2, t.toImageY(t.toScreenY(x / 2)), EPS);
        }
        assertEquals(20, t.columnAt(155.1));
        assertEquals(19, t.columnAt(154.9));
        assertEquals(10, t.rowAt(107));
    }

    @Test
    void theVisiblePixelsAreThoseInsideTheArea() {
        ViewportViewModel v = viewport(100, 100);
        v.set(10, 50, 50);
        ViewTransform t = v.transform(0, 0, 200, 200, 1);
        // scale 20: the 200-pixel square shows image [45, 55) in both axes
        assertEquals(45, t.firstColumn());
        assertEquals(55, t.endColumn());
        assertEquals(45, t.firstRow());
        assertEquals(55, t.endRow());
        v.set(10, 50.5, 50);
        ViewTransform shifted = v.transform(0, 0, 200, 200, 1);
        assertEquals(45, shifted.firstColumn());
        assertEquals(56, shifted.endColumn());
        ViewTransform fitted = viewport(100, 100).transform(0, 0, 200, 200, 1);
        assertEquals(0, fitted.firstColumn());
        assertEquals(100, fitted.endColumn());
    }

    @Test
    void everyChangeIsOneNewValueAndNoChangeNone() {
        ViewportViewModel v = viewport(100, 100);
        List<ViewportViewModel.View> seen = new ArrayList<>();
        v.viewProperty().addListener((obs, old, now) -> seen.add(now));
        v.zoomIn();
        v.panBy(3, 0);
        v.set(v.zoom(), v.centreX(), v.centreY());
        assertEquals(2, seen.size());
        v.fit();
        v.fit();
        assertEquals(3, seen.size());
        assertEquals(1, seen.get(2).zoom());
    }
}
