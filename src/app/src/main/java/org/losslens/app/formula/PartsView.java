package org.losslens.app.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.losslens.app.i18n.Messages;

/**
 * A compound loss's parts as bars, one row per weighted term ("Dice  0.6 × 0.048 = 0.029  ████"),
 * each bar's length its share of the largest part, so the class sees which term carries the loss
 * (Dice vs CE, the focal vs the focal-Tversky half). Rows are built once per number of parts and
 * then only updated, as every live view here.
 */
final class PartsView extends VBox {

    /** The largest part's bar, in pixels. */
    private static final double FULL = 160;

    private final Messages messages;
    private final Label heading = new Label();
    private final Label constant = new Label();
    private final List<Label> texts = new ArrayList<>();
    private final List<Region> bars = new ArrayList<>();
    private CompoundParts shown;

    PartsView(ObservableValue<CompoundParts> parts, Messages messages) {
        super(2);
        this.messages = messages;
        setId("formula-parts");
        heading.getStyleClass().add("section-title");
        constant.getStyleClass().add("hint");
        parts.addListener((obs, old, now) -> show(now));
        messages.localeProperty().addListener(o -> show(shown));
        show(parts.getValue());
    }

    private void show(CompoundParts p) {
        shown = p;
        setVisible(p != null);
        setManaged(p != null);
        if (p == null) {
            return;
        }
        if (texts.size() != p.parts().size()) {
            getChildren().clear();
            texts.clear();
            bars.clear();
            getChildren().add(heading);
            for (int k = 0; k < p.parts().size(); k++) {
                Label text = new Label();
                text.setMinWidth(Region.USE_PREF_SIZE);
                Region bar = new Region();
                bar.getStyleClass().addAll("formula-part-bar", "formula-part-" + k);
                bar.setMinHeight(10);
                bar.setMaxHeight(10);
                HBox row = new HBox(6, text, bar);
                row.setAlignment(Pos.CENTER_LEFT);
                texts.add(text);
                bars.add(bar);
                getChildren().add(row);
            }
            getChildren().add(constant);
        }
        heading.setText(messages.get("formula.parts", format(p.total())));
        double largest = p.parts().stream().mapToDouble(x -> Math.abs(x.share())).max().orElse(0);
        for (int k = 0; k < p.parts().size(); k++) {
            CompoundParts.Part part = p.parts().get(k);
            String key = "formula.part." + part.kind();
            String name = messages.has(key) ? messages.get(key) : part.kind();
            texts.get(k).setText(name + "  " + format(part.weight()) + " × " + format(part.value()) + " = "
                    + format(part.share()));
            double width = largest > 0 ? FULL * Math.abs(part.share()) / largest : 0;
            bars.get(k).setMinWidth(width);
            bars.get(k).setPrefWidth(width);
            bars.get(k).setMaxWidth(width);
        }
        constant.setVisible(p.offset() != 0);
        constant.setManaged(p.offset() != 0);
        constant.setText(messages.get("formula.parts.offset", format(p.offset())));
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
