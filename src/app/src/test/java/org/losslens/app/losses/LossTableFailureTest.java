package org.losslens.app.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.losslens.app.compute.Evaluation;
import org.losslens.app.compute.EvaluationRequest;
import org.losslens.app.compute.LossEvaluator;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/** A failed computation replaces every row's value by the failure: no stale number stays on screen. */
class LossTableFailureTest {

    @Test
    void aFailedEvaluationShowsInEveryRowInsteadOfTheLastValues() {
        LossTableViewModel table = new LossTableViewModel(LossCatalogue.forMode(Mode.BINARY), "dice");
        EvaluationRequest request = new EvaluationRequest(Masks.blank(32), LossCatalogue.forMode(Mode.BINARY),
                Map.of(), Set.of(), 0);
        table.show(new LossEvaluator().evaluate(request));
        LossRow dice = table.row("dice").orElseThrow();
        assertTrue(Double.isFinite(dice.valueProperty().get()), "computed first");

        Evaluation failed = Evaluation.failed(request, new IllegalStateException("core regression"), 0);
        table.show(failed);

        for (LossSpec spec : LossCatalogue.forMode(Mode.BINARY)) {
            LossRow row = table.row(spec.id()).orElseThrow();
            assertEquals(failed.failure(), row.displayProperty().get(), spec.id());
            assertTrue(Double.isNaN(row.valueProperty().get()), spec.id());
        }
        assertTrue(failed.failure().contains("core regression"), failed.failure());
    }
}
