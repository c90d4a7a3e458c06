package org.losslens.app.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A lesson shared as one losslens: text comes back as the same lesson at the same step. */
class LessonLinkTest {

    @Test
    void everyBuiltInLessonRoundTripsAsAShortText() throws Exception {
        for (Scenario s : ScenarioLibrary.builtIn()) {
            int last = s.stepCount() - 1;
            String link = LessonLink.encode(s, last);
            assertTrue(link.startsWith("losslens:") && link.length() < 3000, s.id() + ": " + link.length());
            LessonLink.Lesson back = LessonLink.decode("  " + link + "\n");
            assertEquals(last, back.step());
            assertEquals(s.at(last), back.scenario().at(last), s.id());
        }
    }

    @Test
    void aDamagedOrForeignTextIsRefusedWithItsReason() throws Exception {
        String link = LessonLink.encode(ScenarioLibrary.builtIn().get(0), 0);
        assertTrue(assertThrows(ScenarioException.class, () -> LessonLink.decode("https://example.org"))
                .getMessage().contains("not a lesson link"));
        assertThrows(ScenarioException.class, () -> LessonLink.decode(link.substring(0, link.length() / 2)));
        assertThrows(ScenarioException.class, () -> LessonLink.decode("losslens:%%%"));
    }
}
