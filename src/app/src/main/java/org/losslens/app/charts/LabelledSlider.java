package org.losslens.app.charts;

import java.util.function.DoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;

/** A compact chart setting: name, slider bound to a view-model property, and its value. */
public final class LabelledSlider extends HBox {

    private final Slider slider;

    /**
     * @param nameKey message key of the setting's name; {@code nameKey + ".help"} is its tooltip
     */
    public LabelledSlider(String id, Messages messages, String nameKey, DoubleFunction<String> format, double min,
                          double max, DoubleProperty value) {
        super(4);
        slider = new Slider(min, max, value.get());
        slider.setId(id);
        slider.setPrefWidth(110);
        slider.valueProperty().bindBidirectional(value);
        Label label = Localised.label(messages, nameKey);
        Label shown = new Label();
        shown.setMinWidth(42);
        shown.textProperty().bind(Bindings.createStringBinding(
                () -> format.apply(value.get()), value));
        Tooltip.install(this, Localised.tooltip(messages, nameKey + ".help"));
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(label, slider, shown);
    }

    public Slider slider() {
        return slider;
    }
}
