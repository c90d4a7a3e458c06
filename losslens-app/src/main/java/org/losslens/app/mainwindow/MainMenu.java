package org.losslens.app.mainwindow;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.losslens.app.Workbench;
import org.losslens.app.export.ExportActions;
import org.losslens.app.export.Exportable;
import org.losslens.app.files.FileActions;
import org.losslens.app.masks.BoxResampler;

/** File, Edit and View menus with the standard shortcuts (Ctrl+Z, Ctrl+Shift+Z, Ctrl+O, …). */
final class MainMenu extends MenuBar {

    private static final int[] SIZES = {32, 64, 128, 256, 512};

    MainMenu(Workbench workbench, FileActions files, BooleanProperty overlayVisible,
             ObservableValue<Exportable> exportable, ExportActions export) {
        Menu file = new Menu("File");
        file.getItems().addAll(
                item("Open ground truth…", "Shortcut+O", files::openGroundTruth),
                item("Open prediction…", "Shortcut+Shift+O", files::openPrediction),
                new SeparatorMenuItem(),
                item("Save ground truth…", "Shortcut+S", files::saveGroundTruth),
                item("Save prediction…", "Shortcut+Shift+S", files::savePrediction),
                new SeparatorMenuItem(),
                exportMenu(exportable, export),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", Platform::exit));

        Menu edit = new Menu("Edit");
        MenuItem undo = item("Undo", "Shortcut+Z", workbench.editor()::undo);
        undo.disableProperty().bind(workbench.document().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", workbench.editor()::redo);
        redo.disableProperty().bind(workbench.document().canRedoProperty().not());
        Menu size = new Menu("Canvas size");
        for (int s : SIZES) {
            size.getItems().add(item(s + " × " + s, null, () -> workbench.document().commit(
                    BoxResampler.resize(workbench.document().current(), s, s))));
        }
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("Invert GT", "Shortcut+I", workbench.editor()::invertGroundTruth),
                item("Clear GT", null, workbench.editor()::clearGroundTruth),
                item("Clear prediction", null, workbench.editor()::clearPrediction),
                item("Generate prediction from GT", "Shortcut+G", workbench.generator()::regenerate),
                new SeparatorMenuItem(), size,
                item("Reset to the starting example", null, () -> workbench.document().commit(
                        Workbench.defaultMasks(workbench.document().current().width() == workbench.document().current()
                                .height() ? workbench.document().current().width() : Workbench.DEFAULT_SIZE))),
                item("Reset all loss parameters", null, workbench.parameters()::resetAll));

        Menu view = new Menu("View");
        CheckMenuItem overlay = new CheckMenuItem("Performance overlay");
        overlay.setAccelerator(KeyCombination.keyCombination("F3"));
        overlay.selectedProperty().bindBidirectional(overlayVisible);
        view.getItems().add(overlay);
        getMenus().addAll(file, edit, view);
    }

    /** File ▸ Export acts on the chart or heatmap grid of the selected tab. */
    private static Menu exportMenu(ObservableValue<Exportable> exportable, ExportActions export) {
        Menu menu = new Menu("Export");
        menu.setId("menu-export");
        MenuItem png = item("Current chart as PNG (2×)…", "Shortcut+E", () -> export.choosePng(exportable.getValue()));
        MenuItem csv = item("Current chart's data as CSV…", "Shortcut+Shift+E",
                () -> export.chooseCsv(exportable.getValue()));
        for (MenuItem item : new MenuItem[] {png, csv}) {
            item.disableProperty().bind(Bindings.createBooleanBinding(() -> exportable.getValue() == null, exportable));
        }
        menu.getItems().addAll(png, csv);
        return menu;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

}
