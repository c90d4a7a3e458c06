package org.losslens.app.scenarios;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import org.losslens.app.dialogs.Dialogs;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.losslens.app.files.SaveNames;
import org.losslens.app.i18n.Messages;

/**
 * Scenarios ▸ the built-in lessons (Ctrl+1 … Ctrl+9, then Ctrl+Shift+1 … Ctrl+Shift+9), the teacher's
 * own folder, and "Open scenario file…". Titles follow the language. A broken file gives a dialog
 * naming the problem; nothing changes.
 */
public final class ScenarioMenu extends Menu {

    private final ScenarioViewModel viewModel;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final SlideExport slides;

    /**
     * @param slides Export slides…: pictures each step of the lesson once the window shows its numbers
     */
    public ScenarioMenu(ScenarioViewModel viewModel, Messages messages, Supplier<Window> owner,
                        java.util.function.BooleanSupplier settled, Supplier<javafx.scene.Node> window,
                        org.losslens.app.export.ExportActions export) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.owner = owner;
        this.slides = new SlideExport(viewModel, settled, window, export);
        setId("menu-scenarios");
        textProperty().bind(messages.text("menu.scenarios"));
        // The teacher's folder may change between openings of the menu.
        setOnShowing(e -> rebuild());
        messages.localeProperty().addListener(o -> rebuild());
        // what the lesson items can do depends on whether a lesson is open
        viewModel.currentProperty().addListener(o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getItems().clear();
        int n = 0;
        for (Scenario s : viewModel.builtIn()) {
            MenuItem item = new MenuItem(s.title(messages.locale()));
            item.setId("scenario-" + s.id());
            item.setAccelerator(accelerator(++n));
            item.setOnAction(e -> load(s));
            getItems().add(item);
        }
        var own = ScenarioLibrary.filesIn(ScenarioViewModel.USER_FOLDER);
        if (!own.isEmpty()) {
            getItems().add(new SeparatorMenuItem());
            for (Path file : own) {
                MenuItem item = new MenuItem(file.getFileName().toString());
                item.setOnAction(e -> open(file));
                getItems().add(item);
            }
        }
        MenuItem open = new MenuItem(messages.get("menu.scenarios.open"));
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("menu.scenarios.open"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("scenarios.files"), "*.json"));
            File f = chooser.showOpenDialog(owner.get());
            if (f != null) {
                open(f.toPath());
            }
        });
        MenuItem next = org.losslens.app.i18n.Localised.menuItem(messages, "menu.scenarios.next", "Shortcut+Alt+RIGHT",
                () -> step(true));
        next.setId("menu-scenario-next");
        MenuItem back = org.losslens.app.i18n.Localised.menuItem(messages, "menu.scenarios.back", "Shortcut+Alt+LEFT",
                () -> step(false));
        MenuItem copy = org.losslens.app.i18n.Localised.menuItem(messages, "menu.scenarios.copyLink",
                "Shortcut+Shift+C", this::copyLink);
        copy.setId("menu-scenario-copy-link");
        MenuItem paste = org.losslens.app.i18n.Localised.menuItem(messages, "menu.scenarios.pasteLink",
                "Shortcut+Shift+V", this::pasteLink);
        paste.setId("menu-scenario-paste-link");
        MenuItem save = org.losslens.app.i18n.Localised.menuItem(messages, "menu.scenarios.saveLesson", null,
                this::saveLesson);
        MenuItem exportSlides = org.losslens.app.i18n.Localised.menuItem(messages, "menu.scenarios.exportSlides", null,
                this::exportSlides);
        exportSlides.setId("menu-scenario-export-slides");
        for (MenuItem item : new MenuItem[] {next, back, copy, save, exportSlides}) {
            item.setDisable(viewModel.currentProperty().get() == null);
        }
        getItems().addAll(new SeparatorMenuItem(), open, new SeparatorMenuItem(), next, back, new SeparatorMenuItem(),
                copy, paste, save, exportSlides);
    }

    /** Scenarios ▸ Export slides…: one PNG per step of the lesson into a chosen folder. */
    private void exportSlides() {
        if (viewModel.currentProperty().get() == null) {
            return;
        }
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(messages.get("menu.scenarios.exportSlides"));
        File folder = chooser.showDialog(owner.get());
        if (folder != null) {
            exportSlides(folder.toPath());
        }
    }

    /** Writes the slides into {@code folder} and says how many (tests call this without the chooser). */
    public void exportSlides(java.nio.file.Path folder) {
        try {
            slides.run(folder, written -> {
                Dialogs.alert(owner.get(), Alert.AlertType.INFORMATION, messages.get("menu.scenarios.exportSlides"),
                        messages.get("scenarios.slides.written", written, folder)).show();
            }, this::fail);
        } catch (ScenarioException e) {
            fail(e);
        }
    }

    /** The most built-in scenarios that get a shortcut: two rows of nine digits. */
    static final int WITH_SHORTCUT = 18;

    /**
     * The shortcut of the {@code position}-th built-in scenario (from 1): Ctrl+1 … Ctrl+9, then
     * Ctrl+Shift+1 … Ctrl+Shift+9 (one rule a user can guess; Ctrl+0 is left alone as the usual
     * "reset zoom"), none beyond.
     */
    static KeyCombination accelerator(int position) {
        if (position < 1 || position > WITH_SHORTCUT) {
            return null;
        }
        return position <= 9 ? KeyCombination.keyCombination("Shortcut+" + position)
                : KeyCombination.keyCombination("Shortcut+Shift+" + (position - 9));
    }

    /** Scenarios ▸ Copy lesson link: the lesson at its current step, as one losslens: text on the clipboard. */
    private void copyLink() {
        Scenario s = viewModel.currentProperty().get();
        if (s == null || s.source() == null) {
            return;
        }
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(LessonLink.encode(s, viewModel.stepProperty().get()));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    /** Scenarios ▸ Paste lesson link: opens the lesson on the clipboard at its step. */
    private void pasteLink() {
        try {
            LessonLink.Lesson lesson = LessonLink.decode(javafx.scene.input.Clipboard.getSystemClipboard().getString());
            viewModel.goTo(lesson.scenario(), lesson.step());
        } catch (ScenarioException e) {
            fail(e);
        }
    }

    /** Scenarios ▸ Save lesson as…: the lesson's file, to send or to put in ~/.losslens/scenarios. */
    private void saveLesson() {
        Scenario s = viewModel.currentProperty().get();
        if (s == null || s.source() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.scenarios.saveLesson"));
        chooser.setInitialFileName(s.id() + ".json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("scenarios.files"), "*.json"));
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return;
        }
        Path f = SaveNames.withExtension(chosen.toPath(), ".json");
        try {
            java.nio.file.Files.writeString(f, s.source(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            fail(new ScenarioException(f.getFileName() + ": cannot be written (" + e.getMessage() + ")", e));
        }
    }

    private void step(boolean forward) {
        try {
            if (forward) {
                viewModel.next();
            } else {
                viewModel.back();
            }
        } catch (ScenarioException e) {
            fail(e);
        }
    }

    private void open(Path file) {
        try {
            load(ScenarioLibrary.read(file));
        } catch (ScenarioException e) {
            fail(e);
        }
    }

    private void load(Scenario s) {
        try {
            viewModel.load(s);
        } catch (ScenarioException e) {
            fail(e);
        }
    }

    private void fail(ScenarioException e) {
        Dialogs.alert(owner.get(), Alert.AlertType.ERROR, messages.get("scenarios.failed.title"),
                messages.get("scenarios.failed.message", e.getMessage())).show();
    }
}
