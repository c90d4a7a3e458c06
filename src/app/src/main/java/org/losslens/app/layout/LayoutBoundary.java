package org.losslens.app.layout;

import javafx.scene.layout.Region;

/**
 * Keeps a live view's text changes from laying out the whole window. A changed label requests a
 * layout of every ancestor up to the nearest layout root; in a window of split panes and scroll panes
 * full of wrapped text (parameter meanings, the formula) that cost 10–90 ms per evaluation under the
 * software pipeline (JFR: ScrollPaneSkin → VBox.prefHeight → PrismTextLayout). Here the content is
 * unmanaged, which makes it a layout root: a new value lays out the content alone. Only when the
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
        // after the content's own layout pass: grow or shrink the boundary if its size need changed
        content.needsLayoutProperty().addListener((obs, was, now) -> {
            if (!now && sizeChanged()) {
                requestLayout();
            }
        });
    }

    private boolean sizeChanged() {
        double w = content.prefWidth(-1);
        double h = content.prefHeight(getWidth() > 0 ? getWidth() : -1);
        return w != knownPrefWidth || h != knownPrefHeight;
    }

    @Override
    protected double computePrefWidth(double height) {
        knownPrefWidth = content.prefWidth(-1);
        return knownPrefWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        knownPrefHeight = content.prefHeight(width);
        return knownPrefHeight;
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
        content.resizeRelocate(0, 0, getWidth(), getHeight());
    }
}
