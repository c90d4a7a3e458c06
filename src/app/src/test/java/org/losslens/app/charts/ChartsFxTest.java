package org.losslens.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.chart.XYChart;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.app.LossLensApp;
import org.losslens.app.Workbench;
import org.losslens.app.testing.AppFxTest;
import org.losslens.app.charts.imbalance.ImbalanceViewModel;
import org.losslens.app.comparison.SmallMultiplesView;
import org.losslens.app.export.ExportActions;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.Params;
import org.losslens.core.sweep.Curves;
import org.losslens.core.sweep.ImbalanceSweep;
import org.losslens.core.sweep.NamedLoss;
import org.losslens.core.sweep.ParameterSweep;
import org.losslens.core.sweep.SweepProgress;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chart tabs of the real main window, headless: series, live updates, export. */
class ChartsFxTest extends AppFxTest {

    private LossLensApp app;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        launch(stage);
        app = running.app();
        workbench = app.workbench();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> seriesNames(PlotView view) {
        return view.chart().getData().stream().map(XYChart.Series::getName).toList();
    }

    /** Waits for a finished sweep whose plot has {@code points} samples. */
    private static Plot fullPlot(PlotView view, int points) throws TimeoutException {
        waitFor(() -> view.plot() != null && view.plot().x().length == points);
        return view.plot();
    }

    @Test
    void imbalanceChartDrawsEveryChosenLossAndFollowsTheConfidence(FxRobot robot) throws Exception {
        robot.clickOn("#tab-imbalance");
        PlotView values = app.window().views().imbalance().plots().get(0);
        PlotView gradients = app.window().views().imbalance().plots().get(1);
        Plot before = fullPlot(values, 49);
        assertTrue(seriesNames(values).containsAll(List.of("bce", "focal", "dice", "tversky")), seriesNames(values).toString());
        assertTrue(seriesNames(gradients).containsAll(List.of("dice · foreground", "dice · background")));
        // the drawing is marked: one marker per loss at the drawing's foreground fraction
        assertEquals(4, before.markers().size());
        double fraction = ImbalanceSweep.foregroundFraction(workbench.document().current().target());
        assertEquals(fraction, before.markers().get(0).x(), 0.0);

        robot.interact(() -> robot.lookup("#imbalance-confidence").queryAs(Slider.class).setValue(0.99));
        waitFor(() -> values.plot() != before && values.plot().x().length == 49
                && workbench.imbalance().plots().service().stateProperty().get().phase()
                == org.losslens.app.compute.SweepService.State.Phase.DONE);
        assertNotEquals(before.line("bce").y()[10], values.plot().line("bce").y()[10]);
        assertTrue(values.plot().note().contains("0.99"), values.plot().note());
    }

    @Test
    void confidenceChartShowsFocalAtSeveralGammasAndMovesWithGamma(FxRobot robot) throws Exception {
        robot.clickOn("#tab-confidence");
        PlotView values = app.window().views().confidence().plots().get(0);
        fullPlot(values, 199);
        assertTrue(seriesNames(values).containsAll(List.of("bce", "balanced_ce", "mse", "focal γ=0",
                "focal γ=0.5", "focal γ=1", "focal γ=2", "focal γ=5")),
                seriesNames(values).toString());
        assertTrue(values.plot().line("focal γ=2").emphasised());

        robot.interact(() -> workbench.losses().select("focal"));
        robot.clickOn("#field-gamma").eraseText(12).write("3").type(KeyCode.ENTER);
        waitFor(() -> values.plot() != null && seriesNames(values).contains("focal γ=3")
                && values.plot().x().length == 199);
        Plot.Line focal3 = values.plot().line("focal γ=3");
        assertTrue(focal3.emphasised());
        // one foreground pixel at p_t, α left out as in the paper: focal = −(1 − p_t)^γ ln p_t; γ = 0 is CE
        double p = values.plot().x()[150];
        assertEquals(-Math.pow(1 - p, 3) * Math.log(p), focal3.y()[150], 1e-12);
        assertEquals(values.plot().line("bce").y()[150], values.plot().line("focal γ=0").y()[150], 1e-12);

        // with focal's own α the curves scale by α = 0.25
        robot.clickOn("#confidence-paper-alpha");
        waitFor(() -> values.plot() != null && seriesNames(values).contains("focal γ=3 (α=0.25)")
                && values.plot().x().length == 199);
        assertEquals(0.25 * focal3.y()[150], values.plot().line("focal γ=3 (α=0.25)").y()[150], 1e-12);
    }

    @Test
    void parameterChartMarksTheCurrentValueAndFollowsTheSlider(FxRobot robot) throws Exception {
        robot.clickOn("#tab-parameter");
        PlotView values = app.window().views().parameter().plots().get(0);
        waitFor(() -> values.plot() != null && values.plot().x().length == 41 && !values.plot().markers().isEmpty());
        assertEquals("alpha", workbench.parameterSweep().parameterProperty().get());
        assertEquals(0.3, values.plot().cursorX(), 1e-12);
        assertEquals(List.of("tversky"), values.plot().lines().stream().map(Plot.Line::name).toList());

        robot.clickOn("#field-alpha").eraseText(12).write("0.6").type(KeyCode.ENTER);
        waitFor(() -> values.plot().cursorX() == 0.6 && !values.plot().markers().isEmpty());
        assertEquals(workbench.losses().row("tversky").orElseThrow().valueProperty().get(),
                values.plot().markers().get(0).y(), 0.0);
        // the curve is the core's sweep on the drawing
        LossSpec tversky = LossCatalogue.require("tversky", Mode.BINARY);
        Masks m = workbench.document().current();
        Curves direct = ParameterSweep.sweep(tversky, workbench.parameters().params("tversky"), "alpha",
                values.plot().x(), LossInput.of(m.logits(), m.target()), SweepProgress.NONE).loss();
        assertEquals(direct.series("tversky").y()[17], values.plot().line("tversky").y()[17], 0.0);
    }

    @Test
    void heatmapGridHasOnePanelPerFamilyLinkedHoverAndAScaleToggle(FxRobot robot) throws Exception {
        robot.clickOn("#tab-grid");
        SmallMultiplesView grid = app.window().views().grid();
        waitFor(() -> grid.titles().size() == 5);
        assertEquals(List.of("bce", "dice", "boundary", "dice_ce", "soft_cldice"),
                workbench.smallMultiples().panelsProperty().get().stream().map(p -> p.spec().id()).toList());
        robot.interact(() -> workbench.smallMultiples().hover(64, 40));
        String readout = workbench.smallMultiples().readoutProperty().get();
        for (String id : List.of("bce", "dice", "boundary", "dice_ce", "soft_cldice")) {
            assertTrue(readout.contains(id), readout);
        }
        double shared = workbench.smallMultiples().panelsProperty().get().get(0).range();
        robot.clickOn("#small-multiples-shared");
        waitFor(() -> workbench.smallMultiples().panelsProperty().get().get(0).range() != shared);
        assertEquals(workbench.latestProperty().get().gradient("bce").orElseThrow().maxAbs(),
                workbench.smallMultiples().panelsProperty().get().get(0).range(), 0.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void heatmapGridFollowsTheModeWithItsLossChooserAndTheHeatmapsChannel(FxRobot robot) throws Exception {
        robot.clickOn("#tab-grid");
        SmallMultiplesView grid = app.window().views().grid();
        org.controlsfx.control.CheckComboBox<LossSpec> chooser = robot.lookup("#small-multiples-losses").query();
        javafx.scene.control.ChoiceBox<Integer> channel = robot.lookup("#small-multiples-channel").query();
        assertFalse(channel.isVisible(), "no channels to choose for a binary drawing");
        robot.interact(() -> workbench.switchMode(Mode.MULTICLASS, 3));
        waitFor(() -> grid.titles().size() == workbench.comparison().chosen().size()
                && workbench.smallMultiples().masksProperty().get() == workbench.document().current()
                && workbench.smallMultiples().panelsProperty().get().stream().allMatch(p -> p.gradient() != null));
        assertTrue(chooser.getItems().stream().allMatch(s -> s.mode() == Mode.MULTICLASS), chooser.getItems().toString());
        assertEquals(workbench.comparison().chosen(), chooser.getCheckModel().getCheckedItems());
        assertTrue(channel.isVisible());
        assertEquals(org.losslens.app.heatmap.GradientChannel.SUMMED_MAGNITUDE, channel.getValue());
        robot.interact(() -> workbench.heatmap().channelProperty().set(1));
        assertEquals(1, channel.getValue());
        assertTrue(workbench.smallMultiples().panelsProperty().get().stream().noneMatch(p -> p.magnitude()));
        robot.interact(() -> workbench.switchMode(Mode.BINARY, 2));
        waitFor(() -> !channel.isVisible());
        assertEquals(List.of("bce", "dice", "boundary", "dice_ce", "soft_cldice"),
                chooser.getCheckModel().getCheckedItems().stream().map(LossSpec::id).toList());
        assertTrue(chooser.getItems().stream().allMatch(s -> s.mode() == Mode.BINARY));
    }

    @Test
    void exportedCsvCarriesExactlyTheCoresNumbers(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#tab-imbalance");
        PlotView values = app.window().views().imbalance().plots().get(0);
        fullPlot(values, 49);
        waitFor(() -> workbench.imbalance().plots().service().stateProperty().get().phase()
                == org.losslens.app.compute.SweepService.State.Phase.DONE);
        Path csv = dir.resolve("imbalance.csv");
        robot.interact(() -> assertTrue(app.export().csv(app.window().views().imbalance(), csv)));

        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",");
        assertEquals("foreground fraction", header[0]);
        ImbalanceViewModel model = workbench.imbalance();
        List<NamedLoss> losses = workbench.imbalanceLosses().chosen().stream()
                .map(s -> NamedLoss.of(s, workbench.parameters().params(s.id()))).toList();
        double[] fractions = ImbalanceViewModel.fractions(128, 49);
        ImbalanceSweep.Result core = ImbalanceSweep.run(model.settings(), fractions, losses, SweepProgress.NONE);
        assertEquals(50, lines.size());
        for (int row = 0; row < 49; row++) {
            String[] cells = lines.get(row + 1).split(",");
            assertEquals(fractions[row], Double.parseDouble(cells[0]), 0.0);
            for (int c = 1; c < header.length; c++) {
                String column = header[c];
                String loss = column.substring(column.indexOf(": ") + 2).replace(" · foreground", "")
                        .replace(" · background", "");
                Curves curves = column.startsWith("Loss vs") ? core.values()
                        : column.endsWith("foreground") ? core.foregroundGradient() : core.backgroundGradient();
                assertEquals(curves.series(loss).y()[row], Double.parseDouble(cells[c]), 0.0, column + " row " + row);
            }
        }
    }

    @Test
    void pngExportIsTwiceTheScreenResolution(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#tab-confidence");
        PlotView values = app.window().views().confidence().plots().get(0);
        fullPlot(values, 199);
        Path png = dir.resolve("confidence.png");
        robot.interact(() -> assertTrue(app.export().png(values, png)));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(Math.round(ExportActions.PNG_SCALE * values.getWidth()), image.getWidth(), 1.0);
        assertEquals(Math.round(ExportActions.PNG_SCALE * values.getHeight()), image.getHeight(), 1.0);
    }

    @Test
    void exportToAnUnwritablePathShowsAnErrorAndLosesNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#tab-parameter");
        PlotView values = app.window().views().parameter().plots().get(0);
        waitFor(() -> values.plot() != null && values.plot().x().length == 41);
        Plot shown = values.plot();
        Masks drawing = workbench.document().current();
        Params tversky = workbench.parameters().params("tversky");
        Path unwritable = dir.resolve("no-such-folder").resolve("parameter.csv");

        robot.interact(() -> assertFalse(app.export().csv(app.window().views().parameter(), unwritable)));
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("no-such-folder"), dialog.getContentText());
        assertTrue(dialog.getContentText().contains("Nothing else has changed"), dialog.getContentText());
        assertSame(shown, values.plot());
        assertSame(drawing, workbench.document().current());
        assertEquals(tversky, workbench.parameters().params("tversky"));
        assertFalse(Files.exists(unwritable));
        robot.clickOn("OK");
        // and the app carries on: the same export to a writable place works
        Path writable = dir.resolve("parameter.csv");
        robot.interact(() -> assertTrue(app.export().csv(app.window().views().parameter(), writable)));
        assertTrue(Files.readString(writable).startsWith("alpha,"));
    }
}
