package org.losslens.app.mainwindow;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.losslens.app.charts.ChartPane;
import org.losslens.app.compute.RefreshWhenShown;
import org.losslens.app.charts.confidence.ConfidenceView;
import org.losslens.app.charts.generator.GeneratorSweepView;
import org.losslens.app.charts.imbalance.ImbalanceView;
import org.losslens.app.charts.parameter.ParameterSweepView;
import org.losslens.app.comparison.SmallMultiplesView;
import org.losslens.app.export.ExportActions;
import org.losslens.app.export.Exportable;
import org.losslens.app.heatmap.HeatmapView;
import org.losslens.app.i18n.Messages;
import org.losslens.app.optimise.OptimiseView;
import org.losslens.app.pin.PinComparisonView;

/**
 * The tabs beside the editor: the selected loss's gradient, the heatmap grid, and the imbalance,
 * confidence and parameter charts. A chart computes only while its tab is selected.
 */
public final class ViewTabs extends TabPane {

    private final ReadOnlyObjectWrapper<Exportable> exportable = new ReadOnlyObjectWrapper<>();
    private final SmallMultiplesView grid;
    private final ChartPane imbalance;
    private final ChartPane confidence;
    private final ChartPane parameter;
    private final ChartPane generatorSweep;
    private final OptimiseView optimise;
    private final Messages messages;

    ViewTabs(WindowModels models, ExportActions export) {
        setId("view-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        messages = models.messages();
        grid = new SmallMultiplesView(models.smallMultiples(), models.viewport(), models.comparison(), export,
                messages);
        imbalance = ImbalanceView.create(models.imbalance(), models.imbalanceLosses(), export, messages);
        confidence = ConfidenceView.create(models.confidence(), export, messages);
        parameter = ParameterSweepView.create(models.parameterSweep(), export, messages);
        generatorSweep = GeneratorSweepView.create(models.generatorSweep(), models.generatorSweepLosses(), export,
                messages);
        optimise = new OptimiseView(models.optimise(), export, messages);
        getTabs().addAll(
                tab("tab.gradient", "tab-gradient", new PinComparisonView(
                        new HeatmapView(models.heatmap(), models.viewport(), messages), models.pin(), models.heatmap(),
                        models.viewport(), messages)),
                visibleOnlyWhenSelected(visibleOnlyWhenSelected(tab("tab.grid", "tab-grid", grid), grid.shownProperty()),
                        models.smallMultiples().visibleProperty()),
                chart("tab.imbalance", "tab-imbalance", imbalance, models.imbalance().plots().refresh()),
                chart("tab.confidence", "tab-confidence", confidence, models.confidence().plots().refresh()),
                chart("tab.parameter", "tab-parameter", parameter, models.parameterSweep().plots().refresh()),
                chart("tab.generatorSweep", "tab-generator-sweep", generatorSweep,
                        models.generatorSweep().plots().refresh()),
                visibleOnlyWhenSelected(tab("tab.optimise", "tab-optimise", optimise),
                        models.optimise().visibleProperty()));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> exportable.set(
                now != null && now.getContent() instanceof Exportable e ? e : null));
        followTabOf(models.view().tabProperty());
    }

    /**
     * At least as wide as its tab headers: the split beside the editor cannot squeeze the headers
     * until the tab menu button hides some of them ("Parameter sw…" at 1280×720).
     */
    @Override
    protected double computeMinWidth(double height) {
        Node headers = lookup(".tab-header-area");
        return Math.max(super.computeMinWidth(height), headers == null ? 0 : headers.prefWidth(-1));
    }

    /** The selected tab's chart or grid; null on the single-gradient tab. */
    public ReadOnlyObjectProperty<Exportable> exportableProperty() {
        return exportable.getReadOnlyProperty();
    }

    public SmallMultiplesView grid() {
        return grid;
    }

    public ChartPane imbalance() {
        return imbalance;
    }

    public ChartPane confidence() {
        return confidence;
    }

    public ChartPane parameter() {
        return parameter;
    }

    public ChartPane generatorSweep() {
        return generatorSweep;
    }

    public OptimiseView optimise() {
        return optimise;
    }

    /** Selects the tab whose id is {@code tabId}. */
    public void show(String tabId) {
        getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().ifPresent(getSelectionModel()::select);
    }

    /** The tab on top and the view state's "tab" (a scenario step, a session) follow each other: "tab-" + name. */
    private void followTabOf(javafx.beans.property.StringProperty tab) {
        show("tab-" + tab.get());
        tab.addListener((obs, old, now) -> show("tab-" + now));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.getId().startsWith("tab-")) {
                tab.set(now.getId().substring("tab-".length()));
            }
        });
    }

    private Tab tab(String titleKey, String id, Node content) {
        Tab tab = new Tab(null, content);
        tab.textProperty().bind(messages.text(titleKey));
        tab.setId(id);
        return tab;
    }

    private Tab chart(String title, String id, Node content, RefreshWhenShown refresh) {
        return visibleOnlyWhenSelected(tab(title, id, content), refresh.visibleProperty());
    }

    /** Binds a view's "someone can see me" flag to its tab being selected, so hidden views stay idle. */
    private static Tab visibleOnlyWhenSelected(Tab tab, javafx.beans.property.BooleanProperty visible) {
        visible.bind((ObservableBooleanValue) tab.selectedProperty());
        return tab;
    }
}
