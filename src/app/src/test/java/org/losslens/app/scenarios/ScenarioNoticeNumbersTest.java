package org.losslens.app.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.losslens.app.masks.Masks;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossInput;
import org.losslens.core.loss.LossResult;
import org.losslens.core.loss.LossSpec;

/**
 * Every number a built-in lesson's text quotes is the core's, at that step: each step's "checks"
 * (assets/scenarios/README.md) name the loss, what is quoted (value, Δ or ratio against the pinned
 * step, the largest |∂L/∂logit|, the gradient at a pixel, or that a pixel gets the strongest push)
 * and the text as it is quoted, which must appear in the English and the Chinese text and round
 * correctly from the core's number.
 */
class ScenarioNoticeNumbersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LossResult core(Scenario at, String loss) {
        Masks m = ScenarioScene.masks(at);
        LossSpec spec = LossCatalogue.require(loss, at.mode());
        return spec.create(spec.bind(at.parameters().getOrDefault(loss, Map.of()), false))
                .evaluate(LossInput.of(m.logits(), m.target()));
    }

    /** True if {@code shown} is {@code actual} rounded to the digits shown (half a unit of its last digit). */
    static boolean rounds(double actual, String shown) {
        BigDecimal q = new BigDecimal(shown.replace('−', '-').replace("+", ""));
        return Math.abs(actual - q.doubleValue()) <= q.ulp().doubleValue() / 2 * (1 + 1e-9);
    }

    @Test
    void everyQuotedNumberIsTheCores() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Scenario s : ScenarioLibrary.builtIn()) {
            JsonNode steps = JSON.readTree(s.source()).path("steps");
            for (int k = 0; k < steps.size(); k++) {
                Scenario at = s.at(k);
                OptionalInt pinned = s.pinnedStep(k);
                for (JsonNode c : steps.get(k).path("checks")) {
                    String loss = c.path("loss").asText();
                    String of = c.path("of").asText("value");
                    String shown = c.path("shown").asText(null);
                    String where = s.id() + " step " + (k + 1) + " " + of + " " + loss + " ";
                    LossResult r = core(at, loss);
                    double actual = switch (of) {
                        case "value" -> r.value();
                        case "delta" -> r.value() - core(s.at(pinned.orElseThrow()), loss).value();
                        case "ratio" -> r.value() / core(s.at(pinned.orElseThrow()), loss).value();
                        case "maxgrad" -> r.gradient().maxAbs();
                        case "grad", "strongest" -> {
                            Masks m = ScenarioScene.masks(at);
                            yield r.gradient().get(m.index(c.path("at").get(0).asInt(), c.path("at").get(1).asInt()));
                        }
                        default -> throw new IllegalArgumentException(where + ": unknown check");
                    };
                    checked++;
                    if (of.equals("strongest")) {
                        if (Math.abs(actual) < r.gradient().maxAbs() * (1 - 1e-9)) {
                            wrong.add(where + ": |" + actual + "| is not the largest, " + r.gradient().maxAbs());
                        }
                        continue;
                    }
                    if (!rounds(actual, shown)) {
                        wrong.add(where + ": the text says " + shown + ", the core gives " + actual);
                    }
                    for (Locale language : List.of(Locale.ENGLISH, Locale.CHINESE)) {
                        if (!at.notice(language).replace('−', '-').contains(shown.replace('−', '-'))) {
                            wrong.add(where + ": " + shown + " is not in the " + language + " text");
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(checked >= 10, "checks: " + checked);
    }

    @Test
    void roundingIsHalfAUnitOfTheLastDigitShown() {
        assertTrue(rounds(0.0543, "0.054"));
        assertTrue(!rounds(0.0556, "0.054"));
        assertTrue(rounds(1.2e-11, "1e-11"));
        assertTrue(!rounds(2e-11, "1e-11"));
        assertTrue(rounds(-0.4441, "−0.444"));
    }
}
