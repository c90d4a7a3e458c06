package org.losslens.app.charts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Recomputes a chart only while someone can see it: inputs that change while its tab is hidden just
 * mark it stale, and showing the tab again recomputes once. Sweeps then never compete with the live
 * loop for a chart nobody looks at.
 */
public final class ChartRefresh {

    private final BooleanProperty visible = new SimpleBooleanProperty(false);
    private final Runnable recompute;
    private boolean stale = true;

    public ChartRefresh(Runnable recompute) {
        this.recompute = recompute;
        visible.addListener((obs, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
    }

    /** Bound to "the chart's tab is selected". */
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
