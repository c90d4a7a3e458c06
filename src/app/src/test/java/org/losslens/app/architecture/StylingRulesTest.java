package org.losslens.app.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.scene.paint.Color;

/**
 * Styles live in the stylesheets (theme/losslens.css, presentation.css) and colours that are data in
 * theme.Palette.
 */
@AnalyzeClasses(packages = "org.losslens.app", importOptions = ImportOption.DoNotIncludeTests.class)
class StylingRulesTest {

    @ArchTest
    static final ArchRule NO_INLINE_STYLES = noClasses()
            .should().callMethodWhere(target(name("setStyle")))
            .because("styles belong in the stylesheets, switched as a whole (presentation mode)");

    @ArchTest
    static final ArchRule COLOUR_LITERALS_ONLY_IN_THE_PALETTE = noClasses()
            .that().resideOutsideOfPackage("..app.theme..")
            .should().callMethod(Color.class, "web", String.class)
            .orShould().callMethod(Color.class, "web", String.class, double.class)
            .orShould().accessField(Color.class, "WHITE")
            .orShould().accessField(Color.class, "BLACK")
            .orShould().accessField(Color.class, "GRAY")
            .orShould().accessField(Color.class, "GREY")
            .because("colours that are data are named once, in theme.Palette; the rest is CSS");
}
