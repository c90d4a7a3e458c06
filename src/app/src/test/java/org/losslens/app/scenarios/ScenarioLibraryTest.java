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

    static Scenario named(String id) {
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
        for (Scenario lesson : ALL) {
            for (int k = 0; k < lesson.stepCount(); k++) {
                Scenario s = lesson.at(k);
                for (String language : List.of("en", "zh")) {
                    assertFalse(s.title().getOrDefault(language, "").isBlank(), s.id() + " title " + language);
                    String notice = s.notice().getOrDefault(language, "");
                    long sentences = java.util.regex.Pattern.compile("\\.(\\s|$)|。").matcher(notice).results()
                            .count();
                    // a step of a lesson may be one sentence; a whole note two to four
                    int least = lesson.stepCount() > 1 ? 1 : 2;
                    assertTrue(sentences >= least && sentences <= 4, s.id() + " step " + (k + 1) + " " + language
                            + ": " + sentences + " sentences");
                }
                assertTrue(LossCatalogue.find(s.select(), s.mode()).isPresent(), s.id());
            }
        }
    }

    @Test
    void theScenariosShowWhatTheirNotesSay() {
        Scenario tiny = named("tiny-vs-large").at(1);
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

        Scenario tinyShift = named("dice-tiny-instability").at(1);
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

    /** As the loss table shows a value (LossRow: 6 significant digits). */
    static String shown(double v) {
        return String.format(java.util.Locale.ROOT, "%.6g", v);
    }

    /** Both notices quote {@code v} as the table shows it (the notes write − for the minus sign). */
    private static void quoted(Scenario s, double v) {
        for (String language : List.of("en", "zh")) {
            String notice = s.notice().get(language).replace('−', '-');
            assertTrue(notice.contains(shown(v)), s.id() + " " + language + " should quote " + shown(v));
        }
    }

    private static Scenario withPaint(Scenario s, List<Scenario.Stamp> paint) {
        return new Scenario(s.id(), s.title(), s.notice(), s.mode(), s.classes(), s.size(), s.groundTruth(),
                s.recipes(), paint, s.select(), s.parameters());
    }

    @Test
    void theVesselBreakCostsTheSkeletonLossesMoreThanDiceWithTheQuotedNumbers() {
        Scenario broken = named("vessel-break");
        Scenario intact = withPaint(broken, List.of());
        Masks m = ScenarioScene.masks(broken);
        Scenario.Stamp gap = broken.paint().get(0);
        int gapPixel = m.index((int) gap.x(), (int) gap.y());
        assertEquals(1.0, m.target().oneHot(gapPixel), "the break is on the GT");
        Masks whole = ScenarioScene.masks(intact);
        assertEquals(1, java.util.stream.IntStream.range(0, m.width() * m.height())
                .filter(i -> m.probability(i) != whole.probability(i)).count(), "the break is one pixel");
        double diceStep = value(broken, "dice") - value(intact, "dice");
        for (String loss : List.of("dice", "soft_cldice", "skeleton_recall")) {
            quoted(broken, value(broken, loss));
            quoted(broken, value(intact, loss));
            double step = value(broken, loss) - value(intact, loss);
            assertTrue(step > 0, loss + " grows with the break: " + step);
            if (!loss.equals("dice")) {
                assertTrue(step > 2 * diceStep, loss + " " + step + " vs dice " + diceStep);
            }
        }
        assertTrue(diceStep / value(intact, "dice") < 0.005, "Dice moves by less than 0.5 %");
        // the caveat: a one-pixel hole in the middle of the 7-pixel trunk costs exactly as much
        Scenario hole = withPaint(broken, List.of(new Scenario.Stamp(63.5, 100.5, 0.5, gap.p(), 1)));
        for (String loss : List.of("dice", "soft_cldice", "skeleton_recall")) {
            assertEquals(shown(value(broken, loss)), shown(value(hole, loss)), loss);
        }
    }

    @Test
    void theUnifiedFocalSettingsReduceToTheRowsTheNoticeNames() {
        Scenario s = named("unified-focal-family");
        Map<String, Object> unified = s.parameters().get("asymmetric_unified_focal");
        double af = value(s, "asymmetric_focal");
        double aft = value(s, "asymmetric_focal_tversky");
        double u = value(s, "asymmetric_unified_focal");
        for (double v : List.of(u, af, aft, value(s, "balanced_ce"), value(s, "tversky"))) {
            quoted(s, v);
        }
        assertEquals(u, 0.5 * af + 0.5 * aft, 1e-15);
        java.util.function.BiFunction<Double, Double, Double> at = (weight, gamma) -> {
            Map<String, Object> p = new java.util.HashMap<>(unified);
            p.put("weight", weight);
            p.put("gamma", gamma);
            return value(s, "asymmetric_unified_focal", p);
        };
        double delta = (Double) unified.get("delta");
        assertEquals(af, at.apply(1.0, 0.5), 0.0, "λ = 1 is asymmetric focal");
        assertEquals(aft, at.apply(0.0, 0.5), 0.0, "λ = 0 is asymmetric focal Tversky");
        assertEquals(delta, (Double) s.parameters().get("balanced_ce").get("beta"));
        double balanced = value(s, "balanced_ce");
        assertEquals(balanced, at.apply(1.0, 0.0), 1e-15 * balanced, "λ = 1, γ = 0 is balanced CE with β = δ");
        assertEquals(shown(balanced), shown(at.apply(1.0, 0.0)));
        // λ = 0, γ = 0: ½ (1 − TI of the background) + ½ (the Tversky row with α = 1 − δ, β = δ, smoothing ε)
        Masks m = ScenarioScene.masks(s);
        double tp = 0;
        double fn = 0;
        double fp = 0;
        for (int i = 0; i < m.width() * m.height(); i++) {
            double background = 1 - m.target().oneHot(i);
            double p0 = 1 - m.probability(i);
            tp += background * p0;
            fn += background * (1 - p0);
            fp += (1 - background) * p0;
        }
        double epsilon = 1e-7;
        double backgroundLoss = 1 - (tp + epsilon) / (tp + delta * fn + (1 - delta) * fp + epsilon);
        double tversky = value(s, "tversky");
        Map<String, Object> tverskyParams = s.parameters().get("tversky");
        assertEquals(1 - delta, (Double) tverskyParams.get("alpha"), 1e-12);
        assertEquals(delta, (Double) tverskyParams.get("beta"), 1e-12);
        assertEquals(epsilon, (Double) tverskyParams.get("smooth_nr"));
        assertEquals(epsilon, (Double) tverskyParams.get("smooth_dr"));
        double plain = at.apply(0.0, 0.0);
        assertEquals(0.5 * backgroundLoss + 0.5 * tversky, plain, 1e-12);
        quoted(s, plain);
    }

    @Test
    void shortcutsRunFromCtrlDigitToCtrlShiftDigitAndStopAfterEighteen() {
        assertEquals(javafx.scene.input.KeyCombination.keyCombination("Shortcut+9"), ScenarioMenu.accelerator(9));
        assertEquals(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+1"), ScenarioMenu.accelerator(10));
        assertEquals(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+2"), ScenarioMenu.accelerator(11));
        assertEquals(null, ScenarioMenu.accelerator(ScenarioMenu.WITH_SHORTCUT + 1));
        assertTrue(ALL.size() <= ScenarioMenu.WITH_SHORTCUT, "every built-in scenario has a shortcut");
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
