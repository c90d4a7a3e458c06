package org.losslens.app.i18n;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** Language ▸ English / 简体中文: switches every text of the running app at once. */
public final class LanguageMenu extends Menu {

    public LanguageMenu(Messages messages) {
        setId("menu-language");
        textProperty().bind(messages.text("menu.language"));
        ToggleGroup group = new ToggleGroup();
        for (var locale : Messages.SUPPORTED) {
            // Each language is named in itself, so a reader of either finds their own.
            RadioMenuItem item = new RadioMenuItem(Messages.load(locale).getString("language.name"));
            item.setId("language-" + locale.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(locale.equals(messages.locale()));
            item.setOnAction(e -> messages.localeProperty().set(locale));
            messages.localeProperty().addListener((obs, old, now) -> item.setSelected(now.equals(locale)));
            getItems().add(item);
        }
        MenuItem toggle = new MenuItem();
        toggle.textProperty().bind(messages.text("menu.language.toggle"));
        toggle.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        toggle.setOnAction(e -> messages.localeProperty().set(Messages.SUPPORTED.get(
                (Messages.SUPPORTED.indexOf(messages.locale()) + 1) % Messages.SUPPORTED.size())));
        getItems().addAll(new SeparatorMenuItem(), toggle);
    }
}
