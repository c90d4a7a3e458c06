package org.losslens.app.viewport;

import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The one set of zoom and pan gestures of every view that shows the shared {@link ViewportViewModel}: the wheel
 * zooms around the cursor, a drag with a panning button moves the image, + / − zoom around the
 * centre and 0 fits (the node takes the focus when pressed). Translates events into the viewport's
 * image coordinates with the view's own {@link ViewTransform}; the view repaints from the viewport.
 */
public final class ViewportGestures {

    /** A view's transform at a point of its node; null where it draws no image. */
    @FunctionalInterface
    public interface TransformAt {
        ViewTransform at(double x, double y);
    }

    private final ViewportViewModel viewport;
    private final Predicate<MouseEvent> pans;
    private double lastX;
    private double lastY;
    private boolean panning;

    private ViewportGestures(ViewportViewModel viewport, Predicate<MouseEvent> pans) {
        this.viewport = viewport;
        this.pans = pans;
    }

    /**
     * @param transform the view's transform for a point of {@code node} (views with several panels
     *                  answer with the panel's under the point), or null where no image is drawn
     * @param pans      which presses start a pan (the editor paints with the primary button)
     */
    public static void attach(Node node, ViewportViewModel viewport, TransformAt transform,
                              Predicate<MouseEvent> pans) {
        ViewportGestures gestures = new ViewportGestures(viewport, pans);
        node.setFocusTraversable(true);
        node.addEventHandler(ScrollEvent.SCROLL, e -> {
            ViewTransform t = transform.at(e.getX(), e.getY());
            if (t == null || e.getDeltaY() == 0) {
                return;
            }
            double factor = e.getDeltaY() > 0 ? ViewportViewModel.STEP : 1 / ViewportViewModel.STEP;
            viewport.zoomAt(factor, t.toImageX(e.getX()), t.toImageY(e.getY()));
            e.consume();
        });
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            node.requestFocus();
            gestures.panning = gestures.pans.test(e);
            gestures.lastX = e.getX();
            gestures.lastY = e.getY();
            if (gestures.panning) {
                // ours: a tab pane around the view would otherwise take the focus (and the + / − keys)
                e.consume();
            }
        });
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            ViewTransform t = transform.at(gestures.lastX, gestures.lastY);
            if (gestures.panning && t != null) {
                viewport.panBy((e.getX() - gestures.lastX) / t.scale(), (e.getY() - gestures.lastY) / t.scale());
            }
            gestures.lastX = e.getX();
            gestures.lastY = e.getY();
        });
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> gestures.panning = false);
        node.addEventHandler(KeyEvent.KEY_PRESSED, gestures::key);
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
            viewport.zoomIn();
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            viewport.zoomOut();
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            viewport.fit();
        } else {
            return;
        }
        e.consume();
    }
}
