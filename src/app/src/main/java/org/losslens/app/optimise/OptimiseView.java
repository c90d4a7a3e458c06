package org.losslens.app.optimise;

import java.io.File;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.Duration;
import org.losslens.app.charts.Plot;
import org.losslens.app.charts.PlotView;
import org.losslens.app.compute.SweepService;
import org.losslens.app.export.CsvTable;
import org.losslens.app.export.ExportActions;
import org.losslens.app.export.Exportable;
import org.losslens.app.i18n.Messages;

/**
 * The Optimise tab, arranged: {@link OptimiseControls} on top, the runs' {@link PanelsCanvas} below,
 * and the curves ({@link OptimisePlots}) in two {@link PlotView}s like every other chart. File ▸
 * Export saves the panels and curves as PNG and the curves as CSV; "Export frames…" writes a PNG
 * sequence through the view model's {@link FrameExport}.
 */
public final class OptimiseView extends VBox implements Exportable {

    /** The curves are redrawn at most this often while a run plays (a frame can land every few ms). */
    private static final Duration CURVE_REFRESH = Duration.millis(200);

    private final OptimiseViewModel model;
    private final Messages messages;
    private final PanelsCanvas panels;
    private final ReadOnlyObjectWrapper<Plot> relativeLoss = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Plot> overlap = new ReadOnlyObjectWrapper<>();
    private final PauseTransition curvesDue = new PauseTransition(CURVE_REFRESH);
    private final VBox pictures;

    public OptimiseView(OptimiseViewModel model, ExportActions export, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("optimise");
        panels = new PanelsCanvas(messages);
        OptimiseControls controls = new OptimiseControls(model, messages, panels.showGradientProperty(),
                frameExportStatus(), () -> export.chooseCsv(this), this::exportFrames);

        PlotView lossView = new PlotView("optimise-loss", relativeLoss, Set.of(), messages);
        PlotView overlapView = new PlotView("optimise-overlap", overlap, Set.of(), messages);
        lossView.setSampleTooltips(false);
        overlapView.setSampleTooltips(false);
        HBox curves = new HBox(lossView, overlapView);
        curves.getStyleClass().add("optimise-curves");
        HBox.setHgrow(lossView, Priority.ALWAYS);
        HBox.setHgrow(overlapView, Priority.ALWAYS);
        VBox.setVgrow(panels, Priority.ALWAYS);
        VBox.setVgrow(curves, Priority.ALWAYS);
        pictures = new VBox(panels, curves);
        pictures.getStyleClass().add("optimise-pictures");
        VBox.setVgrow(pictures, Priority.ALWAYS);
        getChildren().addAll(controls, pictures);
        setOnContextMenuRequested(e -> export.contextMenu(this).show(this, e.getScreenX(), e.getScreenY()));

        curvesDue.setOnFinished(e -> showCurves());
        model.frameProperty().addListener((obs, old, now) -> {
            panels.show(now);
            // coalesced: the newest frame's curves, a moment later
            if (curvesDue.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                curvesDue.playFromStart();
            }
        });
        // The plots' titles and axes are worded: a new language re-words them.
        messages.localeProperty().addListener(o -> showCurves());
        model.maxStepsProperty().addListener(o -> showCurves());
        panels.show(model.frameProperty().get());
        showCurves();
    }

    @Override
    public String exportName() {
        return "optimise";
    }

    @Override
    public Node exportNode() {
        return pictures;
    }

    @Override
    public CsvTable exportTable() {
        return model.curves();
    }

    /** The curves on display (null before the first frame): loss ÷ loss at step 0, and Dice / IoU. */
    Plot relativeLossPlot() {
        return relativeLoss.get();
    }

    Plot overlapPlot() {
        return overlap.get();
    }

    private void showCurves() {
        Frame frame = model.frameProperty().get();
        int stepCount = model.maxStepsProperty().get();
        relativeLoss.set(frame == null ? null : OptimisePlots.relativeLoss(frame, stepCount, messages));
        overlap.set(frame == null ? null : OptimisePlots.overlap(frame, stepCount, messages));
    }

    private StringBinding frameExportStatus() {
        FrameExport frames = model.frameExport();
        return Bindings.createStringBinding(() -> {
            SweepService.State state = frames.stateProperty().get();
            return switch (state.phase()) {
                case IDLE -> "";
                case STARTING, RUNNING -> messages.get("optimise.frames.writing");
                case DONE -> messages.get("optimise.frames.written", frames.writtenProperty().get(),
                        frames.folderProperty().get());
                case CANCELLED -> "";
                case FAILED -> messages.get("optimise.frames.failed", state.error());
            };
        }, frames.stateProperty(), frames.writtenProperty(), messages.localeProperty());
    }

    private void exportFrames() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("optimise.frames.folder"));
        File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir != null) {
            model.exportFrames(dir.toPath(), messages);
        }
    }
}
