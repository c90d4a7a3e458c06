package org.losslens.app.charts.confidence;

import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.losslens.app.charts.ChartPane;
import org.losslens.app.export.ExportActions;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.Messages;

/** The confidence tab: the focal-loss figure for every pixel-wise loss, following the sliders. */
public final class ConfidenceView {

    private ConfidenceView() {
    }

    public static ChartPane create(ConfidenceViewModel model, ExportActions export, Messages messages) {
        Label hint = Localised.label(messages, "confidence.hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        CheckBox paper = new CheckBox();
        paper.textProperty().bind(messages.text("confidence.paperAlpha"));
        paper.setId("confidence-paper-alpha");
        paper.selectedProperty().bindBidirectional(model.alphaAsInPaperProperty());
        paper.setTooltip(Localised.tooltip(messages, "confidence.paperAlpha.help"));
        VBox controls = new VBox(2, hint, paper);
        // Conservative and weighted CE reach far larger values near p_t = 0 and would flatten the focal
        // figure; they start hidden, one click on the legend shows them.
        Set<String> hidden = ConfidenceViewModel.OFF_SCALE;
        return new ChartPane("confidence", controls, model.plots(), hidden, export, messages);
    }
}
