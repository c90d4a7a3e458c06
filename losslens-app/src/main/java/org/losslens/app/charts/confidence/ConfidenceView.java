package org.losslens.app.charts.confidence;

import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.losslens.app.charts.ChartPane;
import org.losslens.app.export.ExportActions;

/** The confidence tab: the focal-loss figure for every pixel-wise loss, following the sliders. */
public final class ConfidenceView {

    private ConfidenceView() {
    }

    public static ChartPane create(ConfidenceViewModel model, ExportActions export) {
        Label hint = new Label("Curves follow each loss's current parameters: select focal in the table and move γ "
                + "(or α) to move the heavy line. Click a legend entry to hide or show its curve.");
        hint.setWrapText(true);
        hint.setStyle("-fx-font-size: 11px;");
        CheckBox paper = new CheckBox("focal without α, as in the paper's figure");
        paper.setId("confidence-paper-alpha");
        paper.selectedProperty().bindBidirectional(model.alphaAsInPaperProperty());
        paper.setTooltip(new Tooltip("On: α = 1 for the foreground pixel, so focal γ = 0 is exactly CE. "
                + "Off: focal's current α scales its curves."));
        VBox controls = new VBox(2, hint, paper);
        // Conservative and weighted CE reach far larger values near p_t = 0 and would flatten the focal
        // figure; they start hidden, one click on the legend shows them.
        Set<String> hidden = Set.of("conservative", "wce");
        return new ChartPane("confidence", controls, model.plots(), hidden, export);
    }
}
