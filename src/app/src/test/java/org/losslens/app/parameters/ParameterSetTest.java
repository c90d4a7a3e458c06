package org.losslens.app.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.Params;

/** The parameter snapshot: immutable, per mode by id, and the one property listeners follow. */
class ParameterSetTest {

    private final LossSpec tversky = LossCatalogue.require("tversky", Mode.BINARY);
    private final LossSpec multiclassDice = LossCatalogue.require("dice", Mode.MULTICLASS);

    @Test
    void aChangeIsANewSetAndTheOldOneStaysAsItWas() {
        ParameterSet before = ParameterSet.defaults(LossCatalogue.all());
        Params changed = tversky.defaults().with(tversky.label(), tversky.params(), "alpha", 0.6);
        ParameterSet after = before.with(tversky, changed);
        assertNotSame(before, after);
        assertEquals(0.3, before.of(tversky).real("alpha"));
        assertEquals(0.6, after.of(tversky).real("alpha"));
        assertThrows(UnsupportedOperationException.class, () -> after.byLabel().put(tversky.label(), changed));
    }

    @Test
    void eachModeIsReadByLossId() {
        ParameterSet set = ParameterSet.defaults(LossCatalogue.all());
        Map<String, Params> binary = set.forMode(Mode.BINARY);
        Map<String, Params> multiclass = set.forMode(Mode.MULTICLASS);
        assertTrue(binary.containsKey("bce"));
        assertFalse(multiclass.containsKey("bce"));
        assertSame(set.of(multiclassDice), multiclass.get("dice"));
        assertEquals(LossCatalogue.forMode(Mode.BINARY).size(), binary.size());
    }

    @Test
    void restoringIgnoresLabelsTheCatalogueLacks() {
        ParameterSet set = ParameterSet.defaults(List.of(tversky));
        Params saved = tversky.defaults().with(tversky.label(), tversky.params(), "beta", 0.9);
        ParameterSet restored = set.withAll(Map.of(tversky.label(), saved, "gone (binary)", saved));
        assertEquals(0.9, restored.of(tversky).real("beta"));
        assertEquals(1, restored.byLabel().size());
    }

    @Test
    void theViewModelPublishesOneNewSetPerChange() {
        ParametersViewModel vm = tverskySelected();
        List<ParameterSet> seen = new java.util.ArrayList<>();
        vm.valuesProperty().addListener((obs, old, now) -> seen.add(now));
        vm.role(org.losslens.core.loss.param.ParamRole.ALPHA).valueProperty().set(0.45);
        vm.set("beta", 0.8);
        assertEquals(2, seen.size());
        assertEquals(0.45, seen.get(0).of(tversky).real("alpha"));
        assertEquals(0.7, seen.get(0).of(tversky).real("beta"), "the first snapshot kept its beta");
        assertEquals(0.8, seen.get(1).of(tversky).real("beta"));
        assertSame(vm.valuesProperty().get(), seen.get(1));
    }

    @Test
    void everyReplacementReachesTheEditorsEvenWhenItRestoresEqualValues() {
        ParametersViewModel vm = tverskySelected();
        List<ParameterSet> restored = new java.util.ArrayList<>();
        vm.restoredProperty().addListener((obs, old, now) -> restored.add(now));
        vm.resetAll();
        vm.set("smooth_nr", 0.5);
        vm.resetAll();
        assertEquals(2, restored.size(), "the second reset also tells the editors to re-read");
        assertEquals(tversky.defaults().get("smooth_nr"), vm.params("tversky").get("smooth_nr"));
    }

    private ParametersViewModel tverskySelected() {
        return new ParametersViewModel(LossCatalogue.forMode(Mode.BINARY), new javafx.beans.property.SimpleObjectProperty<>(tversky));
    }
}
