package org.losslens.app.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Styles live in the stylesheets (theme/losslens.css, presentation.css) and colours that are data in
 * theme.Palette. The optimise package is exempt until its split lands.
 */
class StylingRulesTest {

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.losslens.app");
    }

    @Test
    void noInlineStyles() {
        noClasses().that().resideOutsideOfPackage("..app.optimise..")
                .should().callMethodWhere(target(name("setStyle")))
                .because("styles belong in the stylesheets, switched as a whole (presentation mode)")
                .check(app);
    }

    @Test
    void colourLiteralsOnlyInThePalette() {
        noClasses().that().resideOutsideOfPackages("..app.optimise..", "..app.theme..")
                .should().callMethod(Color.class, "web", String.class)
                .orShould().callMethod(Color.class, "web", String.class, double.class)
                .orShould().accessField(Color.class, "WHITE")
                .orShould().accessField(Color.class, "BLACK")
                .orShould().accessField(Color.class, "GRAY")
                .orShould().accessField(Color.class, "GREY")
                .because("colours that are data are named once, in theme.Palette; the rest is CSS")
                .check(app);
    }
}
