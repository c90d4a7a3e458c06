package org.losslens.app.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.losslens.app.scenarios.ScenarioLibraryTest.named;
import static org.losslens.app.scenarios.ScenarioLibraryTest.shown;

import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.masks.Masks;
import org.losslens.app.testing.AppFxTest;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Each built-in scenario, loaded by its shortcut, shows exactly the values the core computes for it. */
class ScenarioLoadFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    /** Presses the shortcut of the k-th built-in scenario (from 0): Ctrl+1 … Ctrl+9, then Ctrl+Shift+1 …. */
    private static void pressShortcutOf(FxRobot robot, int k) {
        if (k < 9) {
            robot.press(KeyCode.CONTROL).type(DIGITS[k]).release(KeyCode.CONTROL);
        } else {
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(DIGITS[k - 9]).release(KeyCode.SHIFT, KeyCode.CONTROL);
        }
    }

    private void load(FxRobot robot, String id) throws Exception {
        running.settled();
        robot.clickOn("#editor-canvas");
        List<Scenario> scenarios = ScenarioLibrary.builtIn();
        int k = scenarios.indexOf(scenarios.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow());
        pressShortcutOf(robot, k);
        running.settled();
        String title = robot.lookup("#scenario-title").queryAs(Label.class).getText();
        assertTrue(title.contains(scenarios.get(k).title(java.util.Locale.ENGLISH)), title);
    }

    /** Asserts that the table shows {@code lossId} as the notice quotes it, and returns the value. */
    private double quotedValueOf(Scenario s, String lossId) {
        double v = running.value(lossId);
        assertTrue(s.notice(java.util.Locale.ENGLISH).replace('−', '-').contains(shown(v)), lossId + " " + shown(v));
        return v;
    }

    @Test
    void theVesselBreakShowsItsNumbersAndCtrlGShowsTheUnbrokenOnes(FxRobot robot) throws Exception {
        load(robot, "vessel-break");
        Scenario s = named("vessel-break");
        List<String> losses = List.of("dice", "soft_cldice", "skeleton_recall");
        Map<String, Double> broken = new java.util.HashMap<>();
        for (String loss : losses) {
            broken.put(loss, quotedValueOf(s, loss));
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        running.settled();
        for (String loss : losses) {
            assertTrue(quotedValueOf(s, loss) < broken.get(loss), loss + " is lower without the break");
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        running.settled();
        for (String loss : losses) {
            assertEquals(broken.get(loss), running.value(loss), 0.0, loss + " after undo");
        }
    }

    @Test
    void theUnifiedFocalLossShowsTheRowsOfItsSpecialCases(FxRobot robot) throws Exception {
        load(robot, "unified-focal-family");
        Scenario s = named("unified-focal-family");
        double unified = quotedValueOf(s, "asymmetric_unified_focal");
        double focal = quotedValueOf(s, "asymmetric_focal");
        double tversky = quotedValueOf(s, "asymmetric_focal_tversky");
        assertEquals(unified, (focal + tversky) / 2, 1e-15);
        assertEquals(focal, unifiedAt(robot, 1.0, 0.5), 0.0, "λ = 1");
        assertEquals(tversky, unifiedAt(robot, 0.0, 0.5), 0.0, "λ = 0");
        assertEquals(shown(running.value("balanced_ce")), shown(unifiedAt(robot, 1.0, 0.0)), "λ = 1, γ = 0");
        double plain = unifiedAt(robot, 0.0, 0.0);
        assertTrue(s.notice(java.util.Locale.ENGLISH).contains(shown(plain)), "λ = 0, γ = 0: " + shown(plain));
    }

    /** Sets the selected unified focal loss's λ and γ as the parameter panel does; the value the table shows. */
    private double unifiedAt(FxRobot robot, double weight, double gamma) throws Exception {
        robot.interact(() -> {
            running.workbench().parameters().set("weight", weight);
            running.workbench().parameters().set("gamma", gamma);
        });
        running.settled();
        return running.value("asymmetric_unified_focal");
    }


    @Test
    void everyBuiltInScenarioYieldsTheCoreValues(FxRobot robot) throws Exception {
        running.settled();
        List<Scenario> scenarios = ScenarioLibrary.builtIn();
        robot.clickOn("#editor-canvas");
        for (int k = 0; k < scenarios.size(); k++) {
            // a lesson of several steps opens at its first
            Scenario s = scenarios.get(k).at(0);
            pressShortcutOf(robot, k);
            running.settled();
            Masks shown = running.workbench().document().current();
            Masks expected = ScenarioScene.masks(s);
            assertTrue(shown.sameContent(expected), s.id());
            assertEquals(s.select(), running.workbench().losses().selectedProperty().get().id());
            LossInput input = LossInput.of(expected.logits(), expected.target());
            for (LossSpec spec : LossCatalogue.forMode(s.mode())) {
                double core = spec.create(spec.bind(s.parameters().getOrDefault(spec.id(), Map.of()), false))
                        .evaluate(input).value();
                assertEquals(core, running.value(spec.id()), 0.0, s.id() + " · " + spec.id());
            }
            String title = robot.lookup("#scenario-title").queryAs(Label.class).getText();
            assertTrue(title.contains(s.title(java.util.Locale.ENGLISH)), title);
        }
    }
}
