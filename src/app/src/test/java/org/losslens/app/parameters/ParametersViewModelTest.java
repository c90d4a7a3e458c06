package org.losslens.app.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.InvalidParameterException;
import org.losslens.core.loss.param.ParamRole;

class ParametersViewModelTest {

    private final SimpleObjectProperty<LossSpec> selection =
            new SimpleObjectProperty<>(LossCatalogue.require("tversky", Mode.BINARY));
    private final ParametersViewModel vm = new ParametersViewModel(LossCatalogue.forMode(Mode.BINARY), selection);

    @Test
    void alphaAndBetaSpellOutWhatTheyWeightForTversky() {
        RoleControl alpha = vm.role(ParamRole.ALPHA);
        assertTrue(alpha.availableProperty().get());
        assertEquals("tversky · alpha", alpha.drivesProperty().get());
        assertTrue(alpha.meaningProperty().get().contains("FALSE POSITIVES"));
        assertTrue(vm.role(ParamRole.BETA).meaningProperty().get().contains("FALSE NEGATIVES"));
        assertEquals(0.3, alpha.valueProperty().get());
        assertFalse(vm.role(ParamRole.GAMMA).availableProperty().get());
    }

    @Test
    void eachLossKeepsItsOwnAlpha() {
        vm.role(ParamRole.ALPHA).valueProperty().set(0.6);
        assertEquals(0.6, vm.params("tversky").real("alpha"));
        assertEquals(0.25, vm.params("focal").real("alpha"));
        selection.set(LossCatalogue.require("focal", Mode.BINARY));
        assertEquals(0.25, vm.role(ParamRole.ALPHA).valueProperty().get());
        assertTrue(vm.role(ParamRole.ALPHA).meaningProperty().get().contains("FOREGROUND"));
        assertEquals(0.6, vm.params("tversky").real("alpha"));
    }

    @Test
    void gammaDrivesBothGammasOfExpLogAndIsClampedToTheRange() {
        selection.set(LossCatalogue.require("exp_log", Mode.BINARY));
        vm.role(ParamRole.GAMMA).valueProperty().set(2.0);
        assertEquals(2.0, vm.params("exp_log").real("gamma_dice"));
        assertEquals(2.0, vm.params("exp_log").real("gamma_cross"));
        assertEquals("exp_log · gamma_dice, gamma_cross", vm.role(ParamRole.GAMMA).drivesProperty().get());
    }

    @Test
    void ownParametersAreValidatedAndResettable() {
        ParameterSet before = vm.valuesProperty().get();
        vm.set("smooth_nr", 0.5);
        assertEquals(0.5, vm.params("tversky").real("smooth_nr"));
        assertEquals(0.5, vm.valuesProperty().get().of(vm.selectedProperty().getValue()).real("smooth_nr"));
        assertEquals(before.of(vm.selectedProperty().getValue()).get("smooth_nr"),
                vm.selectedProperty().getValue().defaults().get("smooth_nr"), "the earlier snapshot is unchanged");
        assertThrows(InvalidParameterException.class, () -> vm.set("alpha", 2.0));
        assertEquals(0.3, vm.params("tversky").real("alpha"));
        vm.role(ParamRole.ALPHA).valueProperty().set(0.9);
        vm.resetSelected();
        assertEquals(0.3, vm.params("tversky").real("alpha"));
        assertEquals(0.3, vm.role(ParamRole.ALPHA).valueProperty().get());
    }
}
