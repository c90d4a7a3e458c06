package org.losslens.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.param.Params;
import org.losslens.core.tensor.Shape;
import org.losslens.core.tensor.Tensor;

/**
 * Issue 17: exp_log and focal_tversky lose digits in the value near saturation exactly as the
 * reference does (its definition is kept), so a finite-difference slope of the curve disagrees with the
 * exact gradient there. Each loss's gradient note says so, with numbers this test recomputes.
 */
class SaturationNoteTest {

    /** The value at logits x and x + 0.001 (the same: the curve is flat), and dL/dx at x (not 0). */
    private static void assertNoteShowsAFlatCurveAndTheGradient(String id, Map<String, Double> params,
            double[] logits, double[] target, String value, String gradient) {
        LossSpec spec = LossCatalogue.require(id, Mode.BINARY);
        Params p = spec.bind(params, false);
        Shape shape = new Shape(1, 1, logits.length);
        LossResult at = spec.evaluate(p, LossInput.of(Tensor.of(shape, logits), Target.binary(1, logits.length, target)));
        double[] moved = logits.clone();
        moved[0] += 0.001;
        LossResult next = spec.evaluate(p, LossInput.of(Tensor.of(shape, moved), Target.binary(1, logits.length, target)));
        assertEquals(at.value(), next.value(), 0.0, id + ": the value does not move from logit 30 to 30.001");
        assertTrue(Math.abs(at.gradient().get(0)) > 1e-6, id + ": the exact gradient is not 0");
        // the note's figures are this computation's, to the digits the note gives
        double noted = Double.parseDouble(value);
        assertEquals(noted, at.value(), 5e-6 * noted, id + ": the value in the note");
        double notedGradient = Double.parseDouble(gradient.replace('−', '-'));
        assertEquals(notedGradient, at.gradient().get(0), 5e-3 * Math.abs(notedGradient), id + ": the gradient in the note");
        String note = spec.gradientNote().orElseThrow(() -> new AssertionError(id + " has no gradient note"));
        assertTrue(note.contains("saturation") && note.contains("as in the reference"), note);
        assertTrue(note.contains("value " + value) && note.contains("says " + gradient), note);
    }

    @Test
    void focalTverskysNoteGivesTheFlatValueAndTheExactGradient() {
        assertNoteShowsAFlatCurveAndTheGradient("focal_tversky",
                Map.of("alpha", 0.0, "beta", 1.0, "gamma", 0.1), new double[] {30}, new double[] {1},
                "0.0497820", "−0.00498");
    }

    @Test
    void expLogsNoteGivesTheFlatValueAndTheExactGradient() {
        assertNoteShowsAFlatCurveAndTheGradient("exp_log",
                Map.of("w_dice", 1.0, "w_cross", 0.0, "gamma_dice", 0.3, "smooth", 1.0), new double[] {30, -30},
                new double[] {1, 0}, "1.09222e-4", "−1.64e-5");
    }
}
