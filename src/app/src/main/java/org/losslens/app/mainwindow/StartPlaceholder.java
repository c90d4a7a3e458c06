package org.losslens.app.mainwindow;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * What the first window shows while the main window is built behind it: the theme's background and one
 * line, "Preparing the editor…" in the saved language. A handful of nodes, so the window maps and paints
 * right after the toolkit starts (the main window's views and their whole-window CSS pass take about a
 * second more, issue 15). If building the main window fails, the line becomes the error.
 */
public final class StartPlaceholder extends StackPane {

    private final Label line;

    /** @param text the localised "preparing" line */
    public StartPlaceholder(String text) {
        getStyleClass().add("start-placeholder");
        line = new Label(text);
        line.getStyleClass().add("start-placeholder-line");
        line.setWrapText(true);
        getChildren().add(line);
    }

    /** Shows {@code message} (localised, with the cause) instead of the "preparing" line. */
    public void showFailure(String message) {
        line.getStyleClass().add("problem");
        line.setText(message);
    }

    /** The line shown now. */
    public String text() {
        return line.getText();
    }
}
