package org.losslens.app.i18n;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.util.StringConverter;

/** Controls whose text follows the language: the one place views get a bound label, button or menu item. */
public final class Localised {

    private Localised() {
    }

    public static Label label(Messages messages, String key) {
        Label label = new Label();
        label.textProperty().bind(messages.text(key));
        return label;
    }

    public static Tooltip tooltip(Messages messages, String key) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text(key));
        return tip;
    }

    /** A button titled {@code key}, with the tooltip {@code key + ".help"} if the bundle has one. */
    public static Button button(Messages messages, String key) {
        Button button = new Button();
        button.textProperty().bind(messages.text(key));
        if (messages.has(key + ".help")) {
            button.setTooltip(tooltip(messages, key + ".help"));
        }
        return button;
    }

    /** @param accelerator e.g. "Shortcut+Z", or null for none */
    public static MenuItem menuItem(Messages messages, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(messages.text(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * A choice of enum constants, each shown as the message {@code keyPrefix + constant.name()} in the
     * current language (the box re-words itself on a language switch).
     */
    public static <E extends Enum<E>> ChoiceBox<E> choice(Messages messages, String keyPrefix, E[] values) {
        ChoiceBox<E> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.converterProperty().bind(Bindings.createObjectBinding(() -> new StringConverter<E>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.get(keyPrefix + value.name());
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        }, messages.localeProperty()));
        return box;
    }
}
