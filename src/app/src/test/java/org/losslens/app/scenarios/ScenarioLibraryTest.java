package org.losslens.app.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;

/** The built-in scenarios are complete, bilingual, and show what their notes say they show. */
class ScenarioLibraryTest {

    private static final List<Scenario> ALL = ScenarioLibrary.builtIn();

    private static Scenario named(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    static double value(Scenario s, String lossId, Map<String, Object> params) {
        Masks m = ScenarioScene.masks(s);
        LossSpec spec = LossCatalogue.require(lossId, s.mode());
        return spec.create(spec.bind(params, false)).evaluate(LossInput.of(m.logits(), m.target())).value();
    }

    static double value(Scenario s, String lossId) {
        return value(s, lossId, s.parameters().getOrDefault(lossId, Map.of()));
    }

    @Test
    void atLeastEightBilingualScenariosWithAShortNote() {
        assertTrue(ALL.size() >= 8, "built-in scenarios: " + ALL.size());
        for (Scenario s : ALL) {
            for (String language : List.of("en", "zh")) {
                assertFalse(s.title().getOrDefault(language, "").isBlank(), s.id() + " title " + language);
                String notice = s.notice().getOrDefault(language, "");
                long sentences = java.util.regex.Pattern.compile("\\.(\\s|$)|。").matcher(notice).results().count();
                assertTrue(sentences >= 2 && sentences <= 4, s.id() + " " + language + ": " + sentences + " sentences");
            }
            assertTrue(LossCatalogue.find(s.select(), s.mode()).isPresent(), s.id());
        }
    }

    @Test
    void theScenariosShowWhatTheirNotesSay() {
        Scenario tiny = named("tiny-vs-large");
        Masks m = ScenarioScene.masks(tiny);
        assertTrue(m.probability(m.index(101, 64)) < 0.1, "the tiny object is missed: " + m.probability(m.index(101, 64)));
        Scenario found = new Scenario(tiny.id(), tiny.title(), tiny.notice(), tiny.mode(), tiny.classes(), tiny.size(),
                tiny.groundTruth(), Map.of(1, tiny.recipes().get(1).withDroppedComponents(0)), tiny.paint(),
                tiny.select(), tiny.parameters());
        for (String loss : List.of("dice", "bce")) {
            double missed = value(tiny, loss);
            double hit = value(found, loss);
            assertTrue(Math.abs(missed - hit) / hit < 0.05, loss + ": " + hit + " → " + missed);
        }

        Scenario imbalance = named("imbalance-1-1000");
        assertTrue(value(imbalance, "bce") < 0.1 && value(imbalance, "dice") > 0.5);

        Scenario over = named("tversky-over-segmentation");
        assertTrue(value(over, "tversky") > value(over, "dice"));

        Scenario empty = named("empty-ground-truth");
        assertTrue(value(empty, "dice") > 0.99);
        assertTrue(value(empty, "dice", Map.of("smooth_nr", 1.0, "smooth_dr", 1.0)) < value(empty, "dice"));

        Scenario tinyShift = named("dice-tiny-instability");
        double d = value(tinyShift, "dice");
        assertTrue(d > 0.25 && d < 0.45, "dice " + d);

        Scenario adjacency = named("forbidden-adjacency");
        assertTrue(value(adjacency, "non_adjacency") > 0);
        assertEquals(0.0, value(adjacency, "non_adjacency", Map.of("forbidden",
                List.of(List.of(0, 0, 0), List.of(0, 0, 0), List.of(0, 0, 0)))));

        Scenario close = named("wasserstein-close-classes");
        double near = value(close, "generalized_wasserstein_dice");
        double far = value(close, "generalized_wasserstein_dice", Map.of());
        assertTrue(near < far, near + " vs " + far);
    }

    @Test
    void aNewerOrForeignFileIsRefusedWithAReason() {
        ScenarioException newer = assertThrows(ScenarioException.class, () -> ScenarioReader.read(
                new ByteArrayInputStream("{\"format\":\"losslens-scenario\",\"version\":99}"
                        .getBytes(StandardCharsets.UTF_8)), "future.json"));
        assertTrue(newer.getMessage().contains("version 99"), newer.getMessage());
        assertThrows(ScenarioException.class, () -> ScenarioReader.read(new ByteArrayInputStream(
                "{\"format\":".getBytes(StandardCharsets.UTF_8)), "cut.json"));
        assertEquals(Mode.BINARY, named("boundary-shift").mode());
    }
}
