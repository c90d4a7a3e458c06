package org.losslens.app.mainwindow;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
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
    private final LazyContent<SmallMultiplesView> grid;
    private final LazyContent<ChartPane> imbalance;
    private final LazyContent<ChartPane> confidence;
    private final LazyContent<ChartPane> parameter;
    private final LazyContent<ChartPane> generatorSweep;
    private final LazyContent<OptimiseView> optimise;
    private final Messages messages;

    ViewTabs(WindowModels models, ExportActions export) {
        setId("view-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        messages = models.messages();
        // Each tab's view is built when the tab is first shown (issue 15.6): at start only the
        // selected one exists, so the others cost neither construction nor a CSS pass before the
        // window appears. Their view models live in the Workbench and run only while shown anyway.
        Tab gradient = tab("tab.gradient", "tab-gradient");
        new LazyContent<>(gradient, () -> new PinComparisonView(new HeatmapView(models.heatmap(), models.viewport(), messages),
                models.pin(), models.heatmap(), models.viewport(), messages));
        Tab gridTab = visibleOnlyWhenSelected(tab("tab.grid", "tab-grid"), models.smallMultiples().visibleProperty());
        grid = new LazyContent<>(gridTab, () -> {
            SmallMultiplesView view = new SmallMultiplesView(models.smallMultiples(), models.viewport(), models.comparison(), export,
                    messages);
            view.shownProperty().bind(gridTab.selectedProperty());
            return view;
        });
        imbalance = chart("tab.imbalance", "tab-imbalance", models.imbalance().plots().refresh(),
                () -> ImbalanceView.create(models.imbalance(), models.imbalanceLosses(), export, messages));
        confidence = chart("tab.confidence", "tab-confidence", models.confidence().plots().refresh(),
                () -> ConfidenceView.create(models.confidence(), export, messages));
        parameter = chart("tab.parameter", "tab-parameter", models.parameterSweep().plots().refresh(),
                () -> ParameterSweepView.create(models.parameterSweep(), export, messages));
        generatorSweep = chart("tab.generatorSweep", "tab-generator-sweep", models.generatorSweep().plots().refresh(),
                () -> GeneratorSweepView.create(models.generatorSweep(), models.generatorSweepLosses(), export,
                        messages));
        optimise = new LazyContent<>(visibleOnlyWhenSelected(tab("tab.optimise", "tab-optimise"),
                models.optimise().visibleProperty()), () -> new OptimiseView(models.optimise(), export, messages));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                LazyContent.of(now).build();
            }
            exportable.set(now != null && view(now) instanceof Exportable e ? e : null);
        });
        followTabOf(models.view().tabProperty());
        Tab selected = getSelectionModel().getSelectedItem();
        if (selected != null) {
            LazyContent.of(selected).build();
        }
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

    /**
     * Builds the views of the tabs not shown yet, one per pulse, once the start is over (issue 15):
     * the start stays lazy, and the first switch to a tab no longer pays for building its view (the
     * grid's first switch took 121–221 ms at 128² in LatencyBenchmark, later ones 20–40 ms). Building
     * is all it does: a view's model still runs only while its tab is selected.
     */
    public void buildTheOthersLater() {
        buildNext(new java.util.ArrayDeque<>(getTabs()));
    }

    private void buildNext(java.util.Deque<Tab> pending) {
        Tab next = pending.poll();
        if (next != null) {
            LazyContent.of(next).build();
            javafx.application.Platform.runLater(() -> buildNext(pending));
        }
    }

    /** True once the tab's view exists (built on its first show, or by {@link #buildTheOthersLater}). */
    public boolean isBuilt(Tab tab) {
        return LazyContent.of(tab).isBuilt();
    }

    /** The selected tab's chart or grid; null on the single-gradient tab. */
    public ReadOnlyObjectProperty<Exportable> exportableProperty() {
        return exportable.getReadOnlyProperty();
    }

    public SmallMultiplesView grid() {
        return grid.build();
    }

    public ChartPane imbalance() {
        return imbalance.build();
    }

    public ChartPane confidence() {
        return confidence.build();
    }

    public ChartPane parameter() {
        return parameter.build();
    }

    public ChartPane generatorSweep() {
        return generatorSweep.build();
    }

    public OptimiseView optimise() {
        return optimise.build();
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

    private Tab tab(String titleKey, String id) {
        Tab tab = new Tab();
        tab.textProperty().bind(messages.text(titleKey));
        tab.setId(id);
        getTabs().add(tab);
        return tab;
    }

    private LazyContent<ChartPane> chart(String title, String id, RefreshWhenShown refresh,
                                         java.util.function.Supplier<ChartPane> view) {
        return new LazyContent<>(visibleOnlyWhenSelected(tab(title, id), refresh.visibleProperty()), view);
    }

    /**
     * A tab's view, built once on first use: when the tab is first selected, or when a caller asks
     * for the view itself.
     */
    private static final class LazyContent<T extends Node> {
        private final Tab tab;
        private final java.util.function.Supplier<T> factory;
        private T view;

        LazyContent(Tab tab, java.util.function.Supplier<T> factory) {
            this.tab = tab;
            this.factory = factory;
            tab.setUserData(this);
        }

        static LazyContent<?> of(Tab tab) {
            return (LazyContent<?>) tab.getUserData();
        }

        boolean isBuilt() {
            return view != null;
        }

        T build() {
            if (view == null) {
                view = factory.get();
                tab.setContent(scrolling(view));
            }
            return view;
        }
    }

    /**
     * A tab's view in a scroll pane that fits it to the tab while the tab is at least the view's
     * minimum size (its charts' readable minimum, theme/losslens.css), and scrolls beyond: at 1280×720
     * the charts' axes, legends and controls were cut off at the tab's edge (issue 19.2).
     */
    private static ScrollPane scrolling(Node view) {
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("view-tab-scroll");
        return scroll;
    }

    /** The view a tab shows, inside its scroll pane. */
    private static Node view(Tab tab) {
        return tab.getContent() instanceof ScrollPane scroll ? scroll.getContent() : tab.getContent();
    }

    /** Binds a view's "someone can see me" flag to its tab being selected, so hidden views stay idle. */
    private static Tab visibleOnlyWhenSelected(Tab tab, javafx.beans.property.BooleanProperty visible) {
        visible.bind((ObservableBooleanValue) tab.selectedProperty());
        return tab;
    }
}
