package org.losslens.app.i18n;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

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
}
