package org.losslens.app.charts;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.losslens.app.compute.RefreshWhenShown;
import org.losslens.app.compute.SweepService;

/**
 * What every chart tab has: a plot of values and a companion plot of gradients, the sweep service
 * that computes them off the FX thread, and the refresh that runs it only while the tab is visible.
 *
 * @param <R> what one sweep pass produces
 */
public final class SweptPlots<R> implements AutoCloseable {

    private final ReadOnlyObjectWrapper<Plot> values = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Plot> gradients = new ReadOnlyObjectWrapper<>();
    private final SweepService<R> service;
    private final RefreshWhenShown refresh;

    /**
     * @param onResult receives each pass's result on the UI thread (and calls {@link #show})
     * @param sweep    submits a new sweep to {@link #service()}
     */
    public SweptPlots(String name, Consumer<Runnable> publisher, Consumer<R> onResult, Runnable sweep) {
        service = new SweepService<>(name, publisher, onResult);
        refresh = new RefreshWhenShown(sweep);
    }

    public ReadOnlyObjectProperty<Plot> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Plot> gradientsProperty() {
        return gradients.getReadOnlyProperty();
    }

    /** Shows new plots (null: none). */
    public void show(Plot newValues, Plot newGradients) {
        values.set(newValues);
        gradients.set(newGradients);
    }

    public SweepService<R> service() {
        return service;
    }

    public RefreshWhenShown refresh() {
        return refresh;
    }

    @Override
    public void close() {
        service.close();
    }
}
