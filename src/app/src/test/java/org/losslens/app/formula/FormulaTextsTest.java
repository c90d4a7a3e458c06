package org.losslens.app.formula;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.losslens.app.i18n.Messages;
import org.losslens.app.parameters.ParametersViewModel;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.scilab.forge.jlatexmath.TeXFormula;

/** Every catalogue entry has a formula that renders and an explanation in both languages. */
class FormulaTextsTest {

    @Test
    void everyLossHasAParsableFormulaAndBothExplanations() {
        for (LossSpec spec : LossCatalogue.all()) {
            String latex = FormulaTexts.latex(spec);
            assertNotNull(latex, spec.label());
            new TeXFormula(latex);
            for (var locale : Messages.SUPPORTED) {
                assertFalse(FormulaTexts.rewards(spec.id(), locale).isBlank(), spec.id() + " " + locale);
                assertFalse(FormulaTexts.fails(spec.id(), locale).isBlank(), spec.id() + " " + locale);
            }
            assertNotEquals(FormulaTexts.rewards(spec.id(), Messages.ENGLISH),
                    FormulaTexts.rewards(spec.id(), Messages.SIMPLIFIED_CHINESE), spec.id());
        }
    }

    @Test
    void thePanelShowsTheCurrentParameterValuesAndFollowsTheLanguage() {
        var selected = new SimpleObjectProperty<>(LossCatalogue.require("tversky", Mode.BINARY));
        ParametersViewModel parameters = new ParametersViewModel(LossCatalogue.forMode(Mode.BINARY), selected);
        Messages messages = new Messages(Messages.ENGLISH);
        FormulaViewModel vm = new FormulaViewModel(selected, parameters,
                new SimpleObjectProperty<>(org.losslens.app.masks.Masks.blank(32)), Runnable::run, messages);
        assertTrue(vm.valuesProperty().get().contains("alpha = 0.3000"), vm.valuesProperty().get());
        parameters.set("alpha", 0.8);
        assertTrue(vm.valuesProperty().get().contains("alpha = 0.8000"), vm.valuesProperty().get());
        assertTrue(vm.latexProperty().get().contains("\\alpha"));
        String english = vm.failsProperty().get();
        messages.localeProperty().set(Messages.SIMPLIFIED_CHINESE);
        assertNotEquals(english, vm.failsProperty().get());
        selected.set(LossCatalogue.require("focal", Mode.BINARY));
        assertTrue(vm.titleProperty().get().contains("focal"));
        vm.close();
    }
}
