package org.losslens.app.charts;

import java.util.function.DoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.losslens.app.controls.NumberSlider;
import org.losslens.app.controls.ValueField;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;

/** A compact chart setting: name, slider bound to a view-model property, and a field to type its value. */
public final class LabelledSlider extends HBox {

    private final NumberSlider slider;
    private final ValueField field;

    /**
     * @param nameKey message key of the setting's name; {@code nameKey + ".help"} is its tooltip
     * @param format  how the field writes a value (and reads it back: a plain number)
     * @param whole   a count: whole numbers only, an arrow key moves by 1
     */
    public LabelledSlider(String id, Messages messages, String nameKey, DoubleFunction<String> format, double min,
                          double max, boolean whole, DoubleProperty value) {
        super(4);
        slider = whole ? NumberSlider.whole(min, max, value.get()) : NumberSlider.real(min, max, value.get());
        slider.setId(id);
        slider.setPrefWidth(110);
        slider.valueProperty().bindBidirectional(value);
        Label label = Localised.label(messages, nameKey);
        field = ValueField.of(slider, format, messages);
        field.setId(id + "-field");
        Tooltip.install(this, Localised.tooltip(messages, nameKey + ".help"));
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(label, slider, field);
    }

    public NumberSlider slider() {
        return slider;
    }

    public ValueField field() {
        return field;
    }
}
