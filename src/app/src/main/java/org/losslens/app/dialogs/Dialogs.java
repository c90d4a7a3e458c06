package org.losslens.app.dialogs;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.losslens.app.theme.Theme;

/**
 * The one way the app builds an {@link Alert} (issue 19.2): owned by the main window, so it opens
 * centred over it and a window manager such as openbox gives it a title bar (an unowned alert
 * opened at 0,0 without one); titled; resizable; its message wraps and the pane is never laid out
 * below the height the wrapped text needs (the "Different size" dialog cut its second line).
 */
public final class Dialogs {

    /** Width the message wraps at unless the dialog is resized. */
    private static final double MESSAGE_WIDTH = 480;

    private Dialogs() {
    }

    public static Alert alert(Window owner, Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(title);
        a.setHeaderText(title);
        a.setResizable(true);
        Label text = new Label(message);
        text.setId("dialog-message");
        text.setWrapText(true);
        text.setPrefWidth(MESSAGE_WIDTH);
        text.setMinHeight(Region.USE_PREF_SIZE);
        // the content node is what is shown; the content text stays the message (for readers and tests)
        a.setContentText(message);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Theme.apply(a.getDialogPane().getStylesheets());
        return a;
    }

    /**
     * A long text (e.g. the list of shortcuts) in a scroll area: the dialog opens at a readable size
     * within the owner and scrolls what does not fit, instead of wrapping every line.
     */
    public static Alert scrolling(Window owner, Alert.AlertType type, String title, String text) {
        Alert a = alert(owner, type, title, "");
        Label body = new Label(text);
        body.setId("dialog-long-text");
        body.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setId("dialog-scroll");
        double width = owner == null ? 760 : Math.min(760, owner.getWidth() - 80);
        double height = owner == null ? 460 : Math.min(460, owner.getHeight() - 220);
        scroll.setPrefViewportWidth(width);
        scroll.setPrefViewportHeight(height);
        a.setContentText(text);
        a.getDialogPane().setContent(scroll);
        return a;
    }
}
