package org.losslens.app.session;

import org.losslens.app.i18n.Localised;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import org.losslens.app.dialogs.Dialogs;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.losslens.app.i18n.Messages;
import org.losslens.app.files.SaveNames;

/**
 * Session ▸ Open…, Save, Save as…, Recent; and the offer to recover a crashed run's work. Every
 * failure is a dialog that says what is wrong and that nothing has changed.
 */
public final class SessionMenu extends Menu {

    /** What a saved session's name ends with (the open dialog shows *.losslens.json and *.json). */
    private static final String SESSION_EXTENSION = ".losslens.json";

    private final SessionViewModel viewModel;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final Menu recent = new Menu();

    public SessionMenu(SessionViewModel viewModel, Messages messages, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.owner = owner;
        setId("menu-session");
        textProperty().bind(messages.text("menu.session"));
        recent.textProperty().bind(messages.text("menu.session.recent"));
        getItems().addAll(
                Localised.menuItem(messages, "menu.session.open", "Shortcut+Alt+O", this::chooseAndOpen),
                Localised.menuItem(messages, "menu.session.save", "Shortcut+Alt+S", this::save),
                Localised.menuItem(messages, "menu.session.saveAs", "Shortcut+Alt+Shift+S", this::saveAs),
                new SeparatorMenuItem(), recent);
        viewModel.recent().files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path file : viewModel.recent().files()) {
            MenuItem item = new MenuItem(file.toString());
            item.setOnAction(e -> open(file));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("session.files"),
                "*" + SESSION_EXTENSION, "*.json"));
        return chooser;
    }

    private void chooseAndOpen() {
        File f = chooser("menu.session.open").showOpenDialog(owner.get());
        if (f != null) {
            open(f.toPath());
        }
    }

    /** Opens a session, or says why not (nothing changes then). */
    public void open(Path file) {
        try {
            viewModel.open(file);
        } catch (SessionException e) {
            error(messages.get("session.openFailed.title"), messages.get("session.openFailed.message",
                    file.getFileName(), messages.get("session.reason." + e.getReason()), e.getMessage()));
        }
    }

    private void save() {
        Path current = viewModel.currentFileProperty().get();
        if (current == null) {
            saveAs();
        } else {
            save(current);
        }
    }

    private void saveAs() {
        FileChooser chooser = chooser("menu.session.saveAs");
        chooser.setInitialFileName("lesson" + SESSION_EXTENSION);
        File f = chooser.showSaveDialog(owner.get());
        if (f != null) {
            save(SaveNames.withExtension(f.toPath(), SESSION_EXTENSION));
        }
    }

    private void save(Path file) {
        try {
            viewModel.save(file);
        } catch (IOException | RuntimeException e) {
            error(messages.get("session.saveFailed.title"), messages.get("session.saveFailed.message", file,
                    String.valueOf(e.getMessage())));
        }
    }

    /**
     * At start: says so if another LossLens owns the settings folder (this one then neither autosaves
     * nor recovers); otherwise, after an unclean exit, offers to restore the autosaved work. Neither
     * dialog blocks the start.
     */
    public void offerRecovery() {
        switch (viewModel.instance()) {
            case OTHER_INSTANCE -> notice("session.instance.title",
                    messages.get("session.instance.message", viewModel.home()));
            case UNAVAILABLE -> notice("session.instance.unavailable.title",
                    messages.get("session.instance.unavailable", viewModel.instanceProblem()));
            case HELD -> offerRecoveryOfACrashedRun();
        }
    }

    private void notice(String titleKey, String message) {
        Dialogs.alert(owner.get(), Alert.AlertType.INFORMATION, messages.get(titleKey), message).show();
    }

    private void offerRecoveryOfACrashedRun() {
        viewModel.recoverable().ifPresent(file -> {
            ButtonType recover = new ButtonType(messages.get("session.recovery.recover"), ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType(messages.get("session.recovery.discard"), ButtonBar.ButtonData.NO);
            Alert alert = Dialogs.alert(owner.get(), Alert.AlertType.CONFIRMATION, messages.get("session.recovery.title"),
                    messages.get("session.recovery.message"));
            alert.getButtonTypes().setAll(recover, discard);
            alert.resultProperty().addListener((obs, old, answer) -> {
                if (answer == recover) {
                    try {
                        viewModel.recover();
                    } catch (SessionException e) {
                        error(messages.get("session.openFailed.title"), messages.get("session.openFailed.message",
                                file.getFileName(), messages.get("session.reason." + e.getReason()), e.getMessage()));
                    }
                } else {
                    viewModel.discardRecovery();
                }
            });
            alert.show();
        });
    }

    private void error(String title, String message) {
        Dialogs.alert(owner.get(), Alert.AlertType.ERROR, title, message).show();
    }
}
