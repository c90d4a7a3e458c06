package org.losslens.app.formula;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.losslens.app.masks.Masks;
import org.losslens.app.testing.AppFxTest;
import org.losslens.app.testing.RunningApp;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The live formula in the window: the number it works out to is the core's value, for each loss with a template. */
class LiveFormulaFxTest extends AppFxTest {

    @Start
    void start(Stage stage) {
        launch(stage);
    }

    @Test
    void theSubstitutedFormulaEndsInTheCoresValue(FxRobot robot) throws Exception {
        running.settled();
        for (String id : new String[] {"dice", "iou", "tversky"}) {
            robot.interact(() -> running.workbench().losses().select(id));
            running.settled();
            Masks m = running.workbench().document().current();
            LossSpec spec = LossCatalogue.require(id, Mode.BINARY);
            double core = spec.create(running.workbench().parameters().params(id))
                    .evaluate(LossInput.of(m.logits(), m.target())).value();
            String expected = "= " + String.format(Locale.ROOT, "%.4g", core);
            RunningApp.waitFor(() -> robot.lookup("#formula-substitution").queryAs(Label.class).getText()
                    .endsWith(expected));
            assertTrue(robot.lookup("#formula-substitution").query().isVisible(), id);
        }
    }
}
