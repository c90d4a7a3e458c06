package org.losslens.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** View models stay testable without the toolkit, and the loss math stays in the core. */
class AppArchitectureTest {

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.losslens.app");
    }

    @Test
    void viewModelsAndModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().resideInAnyPackage("..app.masks..", "..app.compute..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models and models are tested with plain JUnit, without the FX toolkit")
                .check(app);
    }

    @Test
    void chartModelsAndExportDataHoldNoNodes() {
        noClasses().that().haveSimpleName("Plot").or().haveSimpleName("AxisScale").or().haveSimpleName("RefreshWhenShown")
                .or().haveSimpleName("LossSelection").or().haveSimpleName("CsvTable")
                .or().haveSimpleName("SweepService").or().haveSimpleName("LatestWinsWorker")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("what a chart shows is plain data, built and tested without the FX toolkit")
                .check(app);
    }

    @Test
    void theAppNeverImplementsLossesItself() {
        noClasses().should().implement(org.losslens.core.loss.Loss.class)
                .because("all loss math lives in losslens-core").check(app);
    }

    @Test
    void modelPackagesDoNotDependOnViewsOrTheWindow() {
        noClasses().that().resideInAnyPackage("..app.masks..", "..app.compute..")
                .should().dependOnClassesThat().resideInAnyPackage("..app.mainwindow..", "..app.files..")
                .check(app);
        slices().matching("org.losslens.app.(masks|compute|performance)..").should().beFreeOfCycles().check(app);
    }
}
