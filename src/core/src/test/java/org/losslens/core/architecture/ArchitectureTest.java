package org.losslens.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core stays a pure computation library: no UI toolkit, no CLI, no JSON or file I/O, and no
 * cycles between its packages.
 */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.losslens.core");
    }

    @Test
    void coreDoesNotDependOnUiCliOrIoLibraries() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.awt..", "javax.swing..", "javax.imageio..",
                        "org.losslens.cli..", "org.losslens.app..",
                        "picocli..", "com.fasterxml..", "tools.jackson..",
                        "java.io..", "java.nio.file..", "java.net..", "java.sql..")
                .because("losslens-core computes; reading files, JSON and drawing belong to the CLI and the app")
                .check(core);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("org.losslens.core.(**)").should().beFreeOfCycles().check(core);
    }
}
