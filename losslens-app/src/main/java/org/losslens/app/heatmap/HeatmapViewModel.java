package org.losslens.app.heatmap;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.losslens.app.masks.Masks;
import org.losslens.core.tensor.Tensor;

/**
 * The gradient on display and its colour scale. The scale is symmetric, [−range, +range], so white
 * always means 0. Auto: range follows the largest |∂L/∂logit| of each new gradient. Locked: range
 * stays, so that changes between states (a slider move) are comparable by colour.
 */
public final class HeatmapViewModel {

    /** Range used when the gradient is all zero, so the scale is never degenerate. */
    static final double MIN_RANGE = 1e-12;

    private final ReadOnlyObjectWrapper<Tensor> gradient = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Masks> masks = new SimpleObjectProperty<>();
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final DoubleProperty range = new SimpleDoubleProperty(1);
    private final ReadOnlyObjectWrapper<String> lossId = new ReadOnlyObjectWrapper<>("");

    public HeatmapViewModel() {
        locked.addListener((obs, was, now) -> {
            if (!now) {
                rescale();
            }
        });
    }

    public ReadOnlyObjectProperty<Tensor> gradientProperty() {
        return gradient.getReadOnlyProperty();
    }

    /** The masks the gradient belongs to (for the GT contour). */
    public ObjectProperty<Masks> masksProperty() {
        return masks;
    }

    public BooleanProperty lockedProperty() {
        return locked;
    }

    public DoubleProperty rangeProperty() {
        return range;
    }

    public ReadOnlyObjectProperty<String> lossIdProperty() {
        return lossId.getReadOnlyProperty();
    }

    /** Shows a new gradient (null: none available) of {@code id} computed for {@code forMasks}. */
    public void show(String id, Tensor newGradient, Masks forMasks) {
        lossId.set(id);
        masks.set(forMasks);
        gradient.set(newGradient);
        if (!locked.get()) {
            rescale();
        }
    }

    private void rescale() {
        Tensor g = gradient.get();
        range.set(g == null ? 1 : Math.max(MIN_RANGE, g.maxAbs()));
    }

    /** ARGB pixels of the gradient (row-major), for an image of the gradient's size. */
    public static int[] render(Tensor g, double range, DivergingColormap colormap) {
        int[] pixels = new int[g.shape().pixels()];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = colormap.argb(g.get(i), range);
        }
        return pixels;
    }
}
