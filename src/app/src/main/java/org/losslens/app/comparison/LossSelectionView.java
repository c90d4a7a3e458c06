package org.losslens.app.comparison;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.losslens.app.i18n.Localised;
import org.losslens.app.i18n.LossTexts;
import org.losslens.app.i18n.Messages;
import org.losslens.core.loss.LossSpec;

/** A drop-down of tick boxes choosing the compared losses; several views show the same selection. */
public final class LossSelectionView extends CheckComboBox<LossSpec> {

    /** True while the boxes are set from the selection, so those changes are not written back to it. */
    private boolean syncing;

    public LossSelectionView(String id, LossSelection selection, Messages messages) {
        super(javafx.collections.FXCollections.observableArrayList(selection.candidates()));
        setId(id);
        getStyleClass().add("loss-selection");
        // its button shows the whole title and count, never "Losses… (…"
        setMinWidth(USE_PREF_SIZE);
        titleProperty().bind(messages.text("comparison.losses"));
        // the skin words its button only when the checks change, so re-check on a new language
        titleProperty().addListener(o -> pull(selection.chosen()));
        setShowCheckedCount(true);
        setTooltip(Localised.tooltip(messages, "comparison.losses.help"));
        LossTexts texts = new LossTexts(messages);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LossSpec spec) {
                return spec == null ? "" : texts.title(spec) + "  (" + spec.id() + ")";
            }

            @Override
            public LossSpec fromString(String s) {
                return null;
            }
        });
        pull(selection.chosen());
        // a per-mode selection swaps its candidates when the drawing's mode changes
        selection.candidates().addListener((ListChangeListener<LossSpec>) c -> {
            syncing = true;
            try {
                // the check model keeps indices, not items: clear them while they still point at items
                getCheckModel().clearChecks();
                getItems().setAll(selection.candidates());
            } finally {
                syncing = false;
            }
            pull(selection.chosen());
        });
        selection.chosen().addListener((ListChangeListener<LossSpec>) c -> pull(selection.chosen()));
        getCheckModel().getCheckedItems().addListener((ListChangeListener<LossSpec>) c -> {
            if (!syncing) {
                selection.choose(getCheckModel().getCheckedItems().stream().map(LossSpec::id).toList());
            }
        });
    }

    private void pull(List<LossSpec> chosen) {
        syncing = true;
        try {
            getCheckModel().clearChecks();
            // between a candidates swap and the new choice, the old mode's losses are not items
            chosen.stream().filter(getItems()::contains).forEach(getCheckModel()::check);
        } finally {
            syncing = false;
        }
    }
}
