package org.losslens.app.pin;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;

/** Compare ▸ Pin this state as A (Ctrl+P), Unpin (Ctrl+Shift+P), Show A | B | B − A (Ctrl+Alt+P). */
public final class PinMenu extends Menu {

    public PinMenu(PinViewModel pin, Messages messages) {
        setId("menu-pin");
        textProperty().bind(messages.text("menu.pin"));
        MenuItem pinIt = Localised.menuItem(messages, "menu.pin.pin", "Shortcut+P", pin::pin);
        pinIt.setId("menu-pin-pin");
        MenuItem unpin = Localised.menuItem(messages, "menu.pin.unpin", "Shortcut+Shift+P", pin::clear);
        unpin.disableProperty().bind(pin.pinnedProperty().isNull());
        CheckMenuItem compare = new CheckMenuItem();
        compare.textProperty().bind(messages.text("menu.pin.compare"));
        compare.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+P"));
        compare.selectedProperty().bindBidirectional(pin.compareProperty());
        compare.disableProperty().bind(pin.pinnedProperty().isNull());
        getItems().addAll(pinIt, unpin, compare);
    }
}
