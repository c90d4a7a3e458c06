package org.losslens.app.layout;

import javafx.scene.layout.Region;

/**
 * Keeps a live view's text changes from laying out the whole window. A changed label requests a
 * layout of every ancestor up to the nearest layout root; in a window of split panes and scroll panes
 * full of wrapped text (parameter meanings, the formula) that cost 10–90 ms per evaluation under the
 * software pipeline (JFR: ScrollPaneSkin → VBox.prefHeight → PrismTextLayout). Here the content is
 * unmanaged: a new value lays out the content alone (before the pulse's layout pass). Only when the
 * content's preferred size has really changed (a longer word, new rows) is the boundary itself, and so
 * the window, laid out again.
 */
public final class LayoutBoundary extends Region {

    private final Region content;
    private double knownPrefWidth = -1;
    private double knownPrefHeight = -1;

    public LayoutBoundary(Region content) {
        this.content = content;
        content.setManaged(false);
        getChildren().add(content);
        // JavaFX marks an unmanaged node dirty but lays it out only when an ancestor is laid out: the
        // boundary lays its content out itself, before each pulse's layout pass, and passes a changed
        // size need on to its parent.
        Runnable layOutContent = () -> {
            if (content.isNeedsLayout()) {
                content.layout();
                if (sizeChanged()) {
                    requestLayout();
                }
            }
        };
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(layOutContent);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(layOutContent);
            }
        });
    }

    /** Compared the same way each time: the content's unconstrained preferred size. */
    private boolean sizeChanged() {
        return content.prefWidth(-1) != knownPrefWidth || content.prefHeight(-1) != knownPrefHeight;
    }

    /**
     * The content's bias: a wrapping title inside asks for its height at the width it gets. Without
     * it the parent asks {@code prefHeight(-1)}, gets one unwrapped line, and the title ends in "…".
     */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return content.getContentBias();
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return content.minWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return content.minHeight(width);
    }

    @Override
    protected void layoutChildren() {
        // the size need the window was last arranged for
        boolean grown = knownPrefWidth >= 0 && sizeChanged();
        knownPrefWidth = content.prefWidth(-1);
        knownPrefHeight = content.prefHeight(-1);
        content.resizeRelocate(0, 0, getWidth(), getHeight());
        if (grown) {
            // The pre-layout check runs before the pulse's CSS pass, so a size change that comes from the
            // styles (presentation mode's larger text) is only seen here, after the parent used the old
            // size: arrange the window again on the next pulse.
            requestLayout();
        }
    }
}
