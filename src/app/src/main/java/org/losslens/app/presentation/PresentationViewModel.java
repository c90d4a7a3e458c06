package org.losslens.app.presentation;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.losslens.app.heatmap.HeatmapViewModel;

/**
 * Presentation mode for a classroom projector: when active, the views are asked for larger text,
 * thicker outlines and the high-contrast colormap (full screen is the window's part). One switch, so
 * leaving it restores exactly what was there.
 */
public final class PresentationViewModel {

    /** Text size in presentation mode and normally, in pixels. */
    public static final double LARGE_FONT = 18;
    public static final double NORMAL_FONT = 13;
    static final double THICK_STROKES = 2.5;
    static final double LARGE_FORMULA = 26;
    static final double NORMAL_FORMULA = 17;

    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ReadOnlyDoubleWrapper fontSize = new ReadOnlyDoubleWrapper(NORMAL_FONT);
    private final ReadOnlyDoubleWrapper formulaPoints = new ReadOnlyDoubleWrapper(NORMAL_FORMULA);

    public PresentationViewModel(HeatmapViewModel heatmap) {
        active.addListener((obs, was, on) -> {
            heatmap.highContrastProperty().set(on);
            heatmap.strokeScaleProperty().set(on ? THICK_STROKES : 1);
            fontSize.set(on ? LARGE_FONT : NORMAL_FONT);
            formulaPoints.set(on ? LARGE_FORMULA : NORMAL_FORMULA);
        });
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public void toggle() {
        active.set(!active.get());
    }

    public ReadOnlyDoubleProperty fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty formulaPointsProperty() {
        return formulaPoints.getReadOnlyProperty();
    }
}
