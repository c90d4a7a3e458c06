package org.losslens.app.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.testing.AppFxTest;
import org.losslens.app.testing.RunningApp;
import org.losslens.imaging.dataset.DatasetRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The dataset window as a user meets it: Dataset ▸ Show, a folder of generated pairs computed, a
 * column sorted, a case double-clicked into the editor.
 */
class DatasetFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    @Test
    void aFolderOfPairsComputesSortsAndOpensACaseInTheEditor(FxRobot robot) throws Exception {
        running.settled();
        Path folder = Files.createTempDirectory("losslens-dataset");
        DatasetViewModelTest.pairs(folder, 6, 40);
        DatasetViewModel model = running.workbench().dataset();
        robot.interact(() -> {
            Menu menu = running.app().window().menuBar().getMenus().stream()
                    .filter(m -> "menu-dataset".equals(m.getId())).findFirst().orElseThrow();
            MenuItem show = menu.getItems().stream().filter(i -> "menu-dataset-show".equals(i.getId()))
                    .findFirst().orElseThrow();
            show.fire();
            model.folderProperty().set(folder);
        });
        robot.clickOn("#dataset-compute");
        RunningApp.waitFor(() -> model.tableProperty().get() != null && !model.runningProperty().get());
        @SuppressWarnings("unchecked")
        TableView<DatasetRow> table = robot.lookup("#dataset-table").queryAs(TableView.class);
        assertEquals(6, table.getItems().size());
        String status = robot.lookup("#dataset-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("6 cases"), status);

        // sort by dice (the loss) descending: the worst case first (the prediction shifted furthest)
        TableColumn<DatasetRow, ?> dice = table.getColumns().stream()
                .filter(c -> c.getGraphic() instanceof Label l && l.getText().equals("dice")).findFirst().orElseThrow();
        robot.interact(() -> {
            dice.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(java.util.List.of(dice));
        });
        assertEquals("case05", table.getItems().get(0).item().name());

        // in 中文 the table keeps its order, and the status names the mode in Chinese
        robot.interact(() -> running.workbench().messages().localeProperty().set(
                org.losslens.app.i18n.Messages.SIMPLIFIED_CHINESE));
        assertEquals("case05", table.getItems().get(0).item().name());
        String zh = robot.lookup("#dataset-status").queryAs(Label.class).getText();
        assertTrue(zh.contains("二分类") && !zh.contains("binary"), zh);
        robot.interact(() -> running.workbench().messages().localeProperty().set(
                org.losslens.app.i18n.Messages.ENGLISH));

        robot.doubleClickOn(robot.lookup("#dataset-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        RunningApp.waitFor(() -> running.workbench().document().current().width() == 40);
        running.settled();
        // the editor's table shows the same dice as the dataset row
        int column = model.tableProperty().get().losses().stream().map(l -> l.id()).toList().indexOf("dice");
        assertEquals(table.getItems().get(0).value(column), running.value("dice"), 1e-6);
    }
}
