package org.losslens.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.catalogue.UnknownLossException;
import org.losslens.core.loss.param.InvalidParameterException;
import org.losslens.core.loss.param.Params;

class ParamsTest {

    private final LossSpec tversky = LossCatalogue.require("tversky", Mode.BINARY);

    @Test
    void missingParametersTakeDefaultsUnlessAllAreRequired() {
        Params p = tversky.bind(Map.of("alpha", 0.9), false);
        assertEquals(0.9, p.real("alpha"));
        assertEquals(0.7, p.real("beta"));
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> tversky.bind(Map.of("alpha", 0.9), true));
        assertTrue(e.getMessage().contains("missing parameter 'beta'"), e.getMessage());
    }

    @Test
    void outOfRangeNamesTheParameterAndTheRange() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> tversky.bind(Map.of("alpha", 1.5), false));
        assertTrue(e.getMessage().contains("'alpha'") && e.getMessage().contains("[0, 1]"), e.getMessage());
    }

    @Test
    void aCountingParameterTakesOnlyWholeNumbers() {
        LossSpec clDice = LossCatalogue.require("soft_cldice", Mode.BINARY);
        assertEquals(5, clDice.bind(Map.of("iter_", 5.0), false).whole("iter_"));
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> clDice.bind(Map.of("iter_", 2.5), false));
        assertTrue(e.getMessage().contains("'iter_'") && e.getMessage().contains("whole number"), e.getMessage());
        LossSpec nacl = LossCatalogue.require("nacl", Mode.MULTICLASS);
        IllegalArgumentException even = assertThrows(IllegalArgumentException.class,
                () -> nacl.create(nacl.bind(Map.of("kernel_size", 4.0), false)));
        assertTrue(even.getMessage().contains("'kernel_size'") && even.getMessage().contains("odd"), even.getMessage());
    }

    @Test
    void unknownParameterIsRejectedWithTheKnownNames() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> tversky.bind(Map.of("gamma", 1.0), false));
        assertTrue(e.getMessage().contains("unknown parameter 'gamma'") && e.getMessage().contains("alpha"),
                e.getMessage());
    }

    @Test
    void wrongTypesAndNonFiniteValuesAreRejected() {
        LossSpec dice = LossCatalogue.require("dice", Mode.BINARY);
        assertThrows(InvalidParameterException.class, () -> dice.bind(Map.of("squared_pred", 1.0), false));
        assertThrows(InvalidParameterException.class, () -> dice.bind(Map.of("smooth_nr", Double.NaN), false));
        LossSpec gdl = LossCatalogue.require("generalized_dice", Mode.MULTICLASS);
        assertThrows(InvalidParameterException.class, () -> gdl.bind(Map.of("w_type", "cubic"), false));
        LossSpec ce = LossCatalogue.require("ce", Mode.MULTICLASS);
        assertThrows(InvalidParameterException.class,
                () -> ce.bind(Map.of("class_weights", List.of(1.0, -2.0)), false));
    }

    @Test
    void classWeightsOfTheWrongLengthAreRejectedAtEvaluation() {
        LossSpec ce = LossCatalogue.require("ce", Mode.MULTICLASS);
        Params p = ce.bind(Map.of("class_weights", List.of(1.0, 2.0)), true);
        LossInput input = LossInput.of(TestInputs.constantLogits(3, 0), TestInputs.constantLabels(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ce.evaluate(p, input));
        assertTrue(e.getMessage().contains("class_weights"), e.getMessage());
    }

    @Test
    void softTargetsOnlyWhereTheCatalogueAllowsThem() {
        LossSpec expLog = LossCatalogue.require("exp_log", Mode.BINARY);
        LossInput soft = LossInput.of(TestInputs.constantLogits(1, 0), TestInputs.constantBinary(0.5));
        assertThrows(IllegalArgumentException.class, () -> expLog.evaluate(expLog.defaults(), soft));
        LossSpec bce = LossCatalogue.require("bce", Mode.BINARY);
        assertEquals(Math.log(2), bce.evaluate(bce.defaults(), soft).value(), 1e-15);
    }

    @Test
    void unknownLossOrModeIsNamed() {
        UnknownLossException e = assertThrows(UnknownLossException.class,
                () -> LossCatalogue.require("smooth_l1", Mode.BINARY));
        assertTrue(e.getMessage().contains("smooth_l1") && e.getMessage().contains("dice"), e.getMessage());
        UnknownLossException m = assertThrows(UnknownLossException.class,
                () -> LossCatalogue.require("mse", Mode.MULTICLASS));
        assertTrue(m.getMessage().contains("no multiclass mode"), m.getMessage());
    }

    @Test
    void mismatchedShapesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> LossInput.of(TestInputs.constantLogits(1, 0), TestInputs.constantLabels(0)));
        assertThrows(IllegalArgumentException.class, () -> Target.binary(2, 2, new double[] {0, 1, 2, 0}));
        assertThrows(IllegalArgumentException.class, () -> Target.labels(2, 1, 2, new int[] {0, 2}));
    }

    @Test
    void aBoundMatrixSurvivesChangingAnotherParameter() {
        LossSpec spec = LossCatalogue.require("non_adjacency", Mode.MULTICLASS);
        double[][] forbidden = {{0, 0, 0}, {0, 0, 1}, {0, 1, 0}};
        Params withMatrix = spec.defaults().with(spec.label(), spec.params(), "forbidden", forbidden);
        Params changed = withMatrix.with(spec.label(), spec.params(), "lambda", 2.0);
        assertEquals(1.0, changed.classMatrix("forbidden")[1][2]);
        assertEquals(2.0, changed.real("lambda"));
    }
}
