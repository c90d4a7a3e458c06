package org.losslens.app.heatmap;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;

/**
 * Multiclass only (hidden for a binary drawing): which class channel of the gradient to show, or the
 * summed magnitude. The large heatmap and the heatmap grid each have one, bound to the same channel,
 * so both always show the same thing.
 */
public final class ChannelChoice extends ChoiceBox<Integer> {

    /**
     * @param channel        the channel shown ({@link GradientChannel#SUMMED_MAGNITUDE} or a class)
     * @param masks          the drawing whose classes are offered
     * @param resetsChannel  whether a drawing without the chosen class sets the shared channel back to the
     *                       summed magnitude. True only for a choice whose drawing follows the editor's
     *                       (the large heatmap's): the grid's drawing is the one of its last result and
     *                       stays old while the grid is hidden, and when its choice reset the shared
     *                       channel, a restored session's class channel was lost to a stale binary drawing
     *                       whenever the grid was built or updated after the restore.
     */
    public ChannelChoice(String id, IntegerProperty channel, ObservableValue<Masks> masks, Messages messages,
                         boolean resetsChannel) {
        setId(id);
        // never squeezed to "…" by a long legend beside it: the choice is what the panels show
        setMinWidth(Region.USE_PREF_SIZE);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer c) {
                return c == null ? "" : c == GradientChannel.SUMMED_MAGNITUDE ? messages.get("heatmap.channel.sum")
                        : messages.get("heatmap.channel.class", c);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        // true while a refill that may not write the shared channel changes this choice's value
        boolean[] refilling = {false};
        Runnable refill = () -> {
            Masks m = masks.getValue();
            int classes = m == null || !m.isMulticlass() ? 0 : m.classes();
            setVisible(classes > 0);
            setManaged(classes > 0);
            List<Integer> items = new ArrayList<>();
            items.add(GradientChannel.SUMMED_MAGNITUDE);
            for (int c = 0; c < classes; c++) {
                items.add(c);
            }
            if (!items.equals(getItems())) {
                int keep = channel.get();
                refilling[0] = !resetsChannel;
                try {
                    getItems().setAll(items);
                    setValue(items.contains(keep) ? keep : GradientChannel.SUMMED_MAGNITUDE);
                } finally {
                    refilling[0] = false;
                }
            }
        };
        masks.addListener(o -> refill.run());
        messages.localeProperty().addListener(o -> {
            // Re-render the item texts in the new language.
            Integer keep = getValue();
            List<Integer> items = List.copyOf(getItems());
            getItems().clear();
            getItems().setAll(items);
            setValue(keep);
        });
        valueProperty().addListener((obs, old, now) -> {
            if (now != null && !refilling[0]) {
                channel.set(now);
            }
        });
        channel.addListener((obs, old, now) -> setValue(now.intValue()));
        refill.run();
    }
}
