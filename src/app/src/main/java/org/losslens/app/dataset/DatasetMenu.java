package org.losslens.app.dataset;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;

/** Dataset ▸ Open a folder of pairs… (Ctrl+D), Show the dataset window. */
public final class DatasetMenu extends Menu {

    public DatasetMenu(DatasetWindow window, Messages messages) {
        setId("menu-dataset");
        textProperty().bind(messages.text("menu.dataset"));
        MenuItem open = Localised.menuItem(messages, "menu.dataset.open", "Shortcut+D", window::chooseFolder);
        open.setId("menu-dataset-open");
        MenuItem show = Localised.menuItem(messages, "menu.dataset.show", null, window::show);
        show.setId("menu-dataset-show");
        getItems().addAll(open, show);
    }
}
