package org.losslens.app.heatmap;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
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
 *
 * <p>Multiclass gradients have one channel per class: {@link #channelProperty()} picks one, or
 * {@link #SUMMED_MAGNITUDE} shows Σ_c |∂L/∂logit_c| (where the loss pushes at all, whatever the class).
 */
public final class HeatmapViewModel {

    /** Range used when the gradient is all zero, so the scale is never degenerate. */
    static final double MIN_RANGE = 1e-12;
    /** The channel value that selects the summed magnitude over all class channels. */
    public static final int SUMMED_MAGNITUDE = GradientChannel.SUMMED_MAGNITUDE;

    private final ReadOnlyObjectWrapper<Tensor> gradient = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Masks> masks = new SimpleObjectProperty<>();
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final DoubleProperty range = new SimpleDoubleProperty(1);
    private final ReadOnlyObjectWrapper<String> lossId = new ReadOnlyObjectWrapper<>("");
    private final IntegerProperty channel = new SimpleIntegerProperty(SUMMED_MAGNITUDE);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(false);
    private final DoubleProperty strokeScale = new SimpleDoubleProperty(1);

    public HeatmapViewModel() {
        locked.addListener((obs, was, now) -> {
            if (!now) {
                rescale();
            }
        });
        channel.addListener((obs, old, now) -> {
            if (!locked.get()) {
                rescale();
            }
        });
    }

    /** Multiclass: the class channel shown, or {@link #SUMMED_MAGNITUDE}. Binary gradients have one channel. */
    public IntegerProperty channelProperty() {
        return channel;
    }

    /** Presentation mode: the high-contrast diverging map instead of RdBu. */
    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** Multiplies the width of drawn outlines (GT contours); presentation mode makes them thicker. */
    public DoubleProperty strokeScaleProperty() {
        return strokeScale;
    }

    /** True when the summed magnitude (no sign, scale [0, range]) is on display. */
    public boolean showsMagnitude() {
        Tensor g = gradient.get();
        return g != null && GradientChannel.isMagnitude(g, channel.get());
    }

    /** The values on display, one per pixel: the selected channel or the summed magnitude. */
    public double[] displayed() {
        return GradientChannel.values(gradient.get(), channel.get());
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
        if (gradient.get() == null) {
            range.set(1);
            return;
        }
        range.set(Math.max(MIN_RANGE, GradientChannel.maxAbs(displayed())));
    }
}
