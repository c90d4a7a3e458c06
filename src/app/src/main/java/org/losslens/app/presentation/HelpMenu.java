package org.losslens.app.presentation;

import org.losslens.app.i18n.Localised;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.losslens.app.i18n.Messages;
import org.losslens.app.dialogs.Dialogs;

/**
 * Help ▸ Keyboard shortcuts (F1). The list is read from the menus themselves, so every shortcut any
 * menu defines is listed, in the current language, and the list can never go stale.
 */
public final class HelpMenu extends Menu {

    private final Messages messages;
    private final MenuBar menus;
    private final Supplier<Window> owner;

    public HelpMenu(MenuBar menus, Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.menus = menus;
        this.owner = owner;
        setId("menu-help");
        textProperty().bind(messages.text("menu.help"));
        getItems().add(Localised.menuItem(messages, "menu.help.shortcuts", "F1", this::showShortcuts));
    }

    /** "Ctrl+Z  —  Undo" lines for every menu item with an accelerator, then the mouse gestures. */
    public List<String> shortcutLines() {
        List<String> lines = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(menu, menu.getText(), lines);
        }
        lines.add("");
        lines.add(messages.get("help.mouse"));
        return lines;
    }

    private static void collect(Menu menu, String path, List<String> lines) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " ▸ " + sub.getText(), lines);
            } else if (item.getAccelerator() != null) {
                lines.add(String.format("%-22s %s ▸ %s", item.getAccelerator().getDisplayText(), path, item.getText()));
            }
        }
    }

    private void showShortcuts() {
        Alert alert = Dialogs.scrolling(owner.get(), Alert.AlertType.INFORMATION, messages.get("menu.help.shortcuts"),
                String.join("\n", shortcutLines()));
        alert.getDialogPane().setId("shortcuts-dialog");
        alert.getDialogPane().getStyleClass().add("mono");
        alert.show();
    }
}
