package org.losslens.app.losses;

import javafx.geometry.VPos;
import javafx.scene.control.TreeTableCell;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The value column's cell: the number in a fixed-width, unmanaged text node, so that a new value
 * repaints the cell and nothing else — no layout pass of the row, the table or the window, which a
 * changing label would request on every evaluation (22–34 rows, up to 60 times a second).
 */
final class LossValueCell extends TreeTableCell<LossTableView.Entry, String> {

    /** A monospaced face: "%.6g" values then keep their width, digit for digit. */
    private static final Font NUMBERS = Font.font("Monospaced", 12);

    private final Text number = new Text();

    LossValueCell() {
        number.setFont(NUMBERS);
        number.setTextOrigin(VPos.CENTER);
        number.setManaged(false);
        Pane box = new Pane(number);
        box.setMinHeight(0);
        box.setPrefHeight(16);
        // centred vertically once, when the cell gets its height; never again per value
        number.setLayoutX(2);
        box.heightProperty().addListener((obs, old, now) -> number.setLayoutY(now.doubleValue() / 2));
        setGraphic(box);
        setText(null);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        String shown = empty || item == null ? "" : item;
        if (!shown.equals(number.getText())) {
            number.setText(shown);
        }
    }
}
