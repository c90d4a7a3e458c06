package org.losslens.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * View models stay testable without the toolkit, the loss math stays in the core, and the app's
 * layers (src/ARCHITECTURE.md) only depend downwards: composition root → main window → features →
 * foundation.
 */
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

    /** The composition root's package: Workbench, LossLensApp, the launcher. */
    private static final String ROOT = "org.losslens.app";
    private static final String[] FOUNDATION = {"..app.masks..", "..app.compute..", "..app.i18n..", "..app.export..",
        "..app.files..", "..app.controls.."};
    private static final String[] FEATURES = {"..app.charts..", "..app.comparison..", "..app.editor..",
        "..app.formula..", "..app.generator..", "..app.heatmap..", "..app.losses..", "..app.metrics..",
        "..app.multiclass..", "..app.optimise..", "..app.parameters..", "..app.performance..",
        "..app.presentation..", "..app.scenarios..", "..app.session..", "..app.pin..", "..app.viewstate..",
        "..app.dataset..", "..app.guess.."};

    @Test
    void onlyTheCompositionRootSeesTheWorkbench() {
        noClasses().that().resideOutsideOfPackage(ROOT)
                .should().dependOnClassesThat().resideInAPackage(ROOT)
                .because("every view and view model receives its collaborators; none reaches for the Workbench")
                .check(app);
    }

    @Test
    void importsOnlyRunDownTheLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("composition root").definedBy(ROOT)
                .layer("main window").definedBy("..app.mainwindow..")
                .layer("features").definedBy(FEATURES)
                .layer("foundation").definedBy(FOUNDATION)
                .whereLayer("composition root").mayNotBeAccessedByAnyLayer()
                .whereLayer("main window").mayOnlyBeAccessedByLayers("composition root")
                .whereLayer("features").mayOnlyBeAccessedByLayers("composition root", "main window")
                .check(app);
    }

    @Test
    void viewModelsNeverSeeViews() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().areAssignableTo(javafx.scene.Node.class)
                .because("a view observes its view model, never the other way round")
                .check(app);
    }

    @Test
    void theEditorReadsTheGradientThroughItsOwnViewModel() {
        noClasses().that().resideInAPackage("..app.editor..")
                .should().dependOnClassesThat().resideInAPackage("..app.heatmap..")
                .because("the composition root binds the readout's gradient into EditorViewModel")
                .check(app);
    }
}
