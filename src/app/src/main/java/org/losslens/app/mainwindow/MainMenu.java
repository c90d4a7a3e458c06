package org.losslens.app.mainwindow;

import org.losslens.app.i18n.Localised;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.losslens.app.editor.EditorViewModel;
import org.losslens.app.generator.GeneratorViewModel;
import org.losslens.app.multiclass.ModeViewModel;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.app.export.ExportActions;
import org.losslens.app.export.Exportable;
import org.losslens.app.files.FileActions;
import org.losslens.app.i18n.LanguageMenu;
import org.losslens.app.i18n.Messages;

/** File, Edit and View menus with the standard shortcuts (Ctrl+Z, Ctrl+Shift+Z, Ctrl+O, …). */
final class MainMenu extends MenuBar {

    private static final int[] SIZES = {32, 64, 128, 256, 512};

    private final Messages messages;

    MainMenu(EditorViewModel editor, GeneratorViewModel generator, ModeViewModel mode, ParametersViewModel parameters,
             FileActions files, BooleanProperty overlayVisible, Messages messages,
             Menu scenarios, ObservableValue<Exportable> exportable, ExportActions export) {
        this.messages = messages;
        Menu file = menu("menu.file");
        file.getItems().addAll(
                item("menu.file.openGroundTruth", "Shortcut+O", files::openGroundTruth),
                item("menu.file.openPrediction", "Shortcut+Shift+O", files::openPrediction),
                new SeparatorMenuItem(),
                item("menu.file.saveGroundTruth", "Shortcut+S", files::saveGroundTruth),
                item("menu.file.savePrediction", "Shortcut+Shift+S", files::savePrediction),
                new SeparatorMenuItem(),
                exportMenu(exportable, export),
                new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", Platform::exit));

        Menu edit = menu("menu.edit");
        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", editor::undo);
        undo.disableProperty().bind(editor.canUndoProperty().not());
        MenuItem redo = item("menu.edit.redo", "Shortcut+Shift+Z", editor::redo);
        redo.disableProperty().bind(editor.canRedoProperty().not());
        Menu size = menu("menu.edit.canvasSize");
        for (int s : SIZES) {
            size.getItems().add(sizeItem(s, () -> editor.resize(s)));
        }
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("menu.edit.invertGroundTruth", "Shortcut+I", editor::invertGroundTruth),
                item("menu.edit.clearGroundTruth", null, editor::clearGroundTruth),
                item("menu.edit.clearPrediction", null, editor::clearPrediction),
                item("menu.edit.generatePrediction", "Shortcut+G", generator::regenerate),
                new SeparatorMenuItem(), size,
                item("menu.edit.resetExample", null, mode::resetToStartingExample),
                item("menu.edit.resetParameters", null, parameters::resetAll));

        Menu view = menu("menu.view");
        CheckMenuItem overlay = new CheckMenuItem();
        overlay.textProperty().bind(messages.text("menu.view.performanceOverlay"));
        overlay.setAccelerator(KeyCombination.keyCombination("F3"));
        overlay.selectedProperty().bindBidirectional(overlayVisible);
        view.getItems().add(overlay);
        getMenus().addAll(file, edit, view, scenarios, new LanguageMenu(messages));
    }

    /** File ▸ Export acts on the chart or heatmap grid of the selected tab. */
    private Menu exportMenu(ObservableValue<Exportable> exportable, ExportActions export) {
        Menu menu = menu("menu.file.export");
        menu.setId("menu-export");
        MenuItem png = item("menu.file.export.png", "Shortcut+E", () -> export.choosePng(exportable.getValue()));
        MenuItem csv = item("menu.file.export.csv", "Shortcut+Shift+E", () -> export.chooseCsv(exportable.getValue()));
        for (MenuItem item : new MenuItem[] {png, csv}) {
            item.disableProperty().bind(Bindings.createBooleanBinding(() -> exportable.getValue() == null, exportable));
        }
        menu.getItems().addAll(png, csv);
        return menu;
    }

    private Menu menu(String key) {
        Menu menu = new Menu();
        menu.textProperty().bind(messages.text(key));
        return menu;
    }

    private MenuItem sizeItem(int side, Runnable action) {
        // Only numbers: the same in every language.
        MenuItem item = new MenuItem(side + " × " + side);
        item.setOnAction(e -> action.run());
        return item;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        return Localised.menuItem(messages, key, accelerator, action);
    }

}
