package org.losslens.app.compute;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Recomputes a view only while someone can see it: inputs that change while its tab is hidden just
 * mark it stale, and showing the tab again recomputes once. Chart sweeps, the heatmap grid's painting
 * and the Optimise tab's runs then never compete with the live loop for a view nobody looks at.
 */
public final class RefreshWhenShown {

    private final BooleanProperty visible = new SimpleBooleanProperty(false);
    private final Runnable recompute;
    private boolean stale = true;

    /** Hidden until {@link #visibleProperty()} says otherwise (it is bound to a tab). */
    public RefreshWhenShown(Runnable recompute) {
        this(recompute, false);
    }

    /** @param initiallyVisible true for a view that also lives without a tab (a view model in tests) */
    public RefreshWhenShown(Runnable recompute, boolean initiallyVisible) {
        this.recompute = recompute;
        visible.set(initiallyVisible);
        visible.addListener((obs, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
    }

    /** Bound to "the view's tab is selected". */
    public BooleanProperty visibleProperty() {
        return visible;
    }

    /** An input changed. */
    public void invalidate() {
        if (visible.get()) {
            refresh();
        } else {
            stale = true;
        }
    }

    private void refresh() {
        stale = false;
        recompute.run();
    }
}
