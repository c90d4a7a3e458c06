package org.losslens.app.presentation;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.losslens.app.heatmap.HeatmapViewModel;

/**
 * Presentation mode for a classroom projector: when active, the views are asked for thicker outlines,
 * the high-contrast colormap and a larger formula (larger text is the stylesheet's part,
 * {@code theme/presentation.css}, and full screen the window's). One switch, so
 * leaving it restores exactly what was there.
 */
public final class PresentationViewModel {

    static final double THICK_STROKES = 2.5;
    static final double LARGE_FORMULA = 26;
    static final double NORMAL_FORMULA = 17;

    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ReadOnlyDoubleWrapper formulaPoints = new ReadOnlyDoubleWrapper(NORMAL_FORMULA);

    public PresentationViewModel(HeatmapViewModel heatmap) {
        active.addListener((obs, was, on) -> {
            heatmap.highContrastProperty().set(on);
            heatmap.strokeScaleProperty().set(on ? THICK_STROKES : 1);
            formulaPoints.set(on ? LARGE_FORMULA : NORMAL_FORMULA);
        });
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public void toggle() {
        active.set(!active.get());
    }

    public ReadOnlyDoubleProperty formulaPointsProperty() {
        return formulaPoints.getReadOnlyProperty();
    }
}
