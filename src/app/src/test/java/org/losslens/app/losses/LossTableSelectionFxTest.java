package org.losslens.app.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.losslens.app.i18n.Messages;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.Mode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting a loss (e.g. by loading a scenario) highlights its row, also under a collapsed family. */
@ExtendWith(ApplicationExtension.class)
class LossTableSelectionFxTest {

    private final LossTableViewModel model = new LossTableViewModel(LossCatalogue.forMode(Mode.BINARY), "bce");
    private LossTableView table;

    @Start
    void start(Stage stage) {
        table = new LossTableView(model, new Messages(Messages.ENGLISH));
        stage.setScene(new Scene(table, 500, 600));
        stage.show();
    }

    @Test
    void aLossUnderACollapsedFamilyIsShownSelected(FxRobot robot) {
        TreeItem<LossTableView.Entry> diceFamily = familyOf("dice");
        robot.interact(() -> diceFamily.setExpanded(false));
        robot.interact(() -> model.select("dice"));
        WaitForAsyncUtils.waitForFxEvents();
        TreeItem<LossTableView.Entry> selected = table.getSelectionModel().getSelectedItem();
        assertEquals("dice", selected.getValue().row().spec().id());
        assertTrue(diceFamily.isExpanded(), "the family opened to show its selected row");
    }

    private TreeItem<LossTableView.Entry> familyOf(String id) {
        for (TreeItem<LossTableView.Entry> family : table.getRoot().getChildren()) {
            for (TreeItem<LossTableView.Entry> item : family.getChildren()) {
                if (item.getValue().row().spec().id().equals(id)) {
                    return family;
                }
            }
        }
        throw new AssertionError("no row for " + id);
    }
}
