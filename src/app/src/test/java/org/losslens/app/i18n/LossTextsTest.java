package org.losslens.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.losslens.core.catalogue.LossCatalogue;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.Mode;
import org.losslens.core.loss.param.ParamSpec;

/**
 * Every catalogue entry is presented in both languages: a loss added to the core without its texts
 * here fails the build, instead of showing up in English in the Chinese UI.
 */
class LossTextsTest {

    /** One file on its own, not the bundle chain: the Chinese file must itself hold every key. */
    private static Properties file(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LossTextsTest.class.getResourceAsStream("/org/losslens/app/i18n/" + name)) {
            assertNotNull(in, name);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<String> requiredKeys() {
        List<String> keys = new ArrayList<>();
        for (LossSpec spec : LossCatalogue.all()) {
            keys.add(LossTexts.key(spec, "title"));
            keys.add(LossTexts.key(spec, "description"));
            if (spec.gradientNote().isPresent()) {
                keys.add(LossTexts.key(spec, "gradient"));
            }
            for (ParamSpec p : spec.params()) {
                keys.add(LossTexts.paramKey(spec, p));
            }
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveTitleDescriptionGradientNoteAndEveryParameterOfEveryEntry() throws IOException {
        assertEquals(55, LossCatalogue.all().size(), "the catalogue changed: translate the new entries");
        for (String name : List.of("losses.properties", "losses_zh.properties")) {
            Properties texts = file(name);
            List<String> missing = requiredKeys().stream()
                    .filter(k -> texts.getProperty(k) == null || texts.getProperty(k).isBlank()).toList();
            assertTrue(missing.isEmpty(), name + " lacks " + missing);
        }
    }

    @Test
    void theFilesHoldNoStaleKeysAndTheSameKeys() throws IOException {
        Properties en = file("losses.properties");
        Properties zh = file("losses_zh.properties");
        assertEquals(en.stringPropertyNames(), zh.stringPropertyNames());
        List<String> required = requiredKeys();
        List<String> stale = en.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("ui.") && !required.contains(k)).sorted().toList();
        assertTrue(stale.isEmpty(), "keys of no catalogue entry or parameter: " + stale);
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("ui.")) {
                new MessageFormat(en.getProperty(key));
                new MessageFormat(zh.getProperty(key));
            }
        }
    }

    @Test
    void chineseIsChineseAndEnglishIsTheCoresText() throws IOException {
        Properties zh = file("losses_zh.properties");
        for (String key : requiredKeys()) {
            assertTrue(zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), "not translated: " + key + " = " + zh.getProperty(key));
        }
        LossTexts texts = new LossTexts(new Messages(Messages.ENGLISH));
        for (LossSpec spec : LossCatalogue.all()) {
            assertEquals(spec.title(), texts.title(spec));
            assertEquals(spec.summary(), texts.description(spec));
            for (ParamSpec p : spec.params()) {
                assertEquals(p.meaning(), texts.meaning(spec, p));
            }
        }
    }

    @Test
    void textsFollowTheLanguageLive() {
        Messages messages = new Messages(Messages.ENGLISH);
        LossTexts texts = new LossTexts(messages);
        LossSpec focal = LossCatalogue.require("focal", Mode.BINARY);
        ParamSpec gamma = focal.param("gamma").orElseThrow();
        var title = texts.binding(() -> texts.title(focal));
        assertEquals("Focal loss", title.get());
        messages.localeProperty().set(Messages.SIMPLIFIED_CHINESE);
        assertEquals("Focal 损失(焦点损失)", title.get());
        assertTrue(texts.meaning(focal, gamma).startsWith("聚焦指数"), texts.meaning(focal, gamma));
        LossSpec boundary = LossCatalogue.require("boundary", Mode.BINARY);
        assertTrue(texts.gradientNote(boundary).orElseThrow().contains("常数"));
        assertFalse(texts.gradientNote(focal).isPresent());
        // The same id in the other mode has its own text.
        assertNotEquals(texts.description(focal), texts.description(LossCatalogue.require("focal", Mode.MULTICLASS)));
        assertEquals("标签 2 的权重为 -1,但权重必须 ≥ 0。损失保留上一次有效的权重。",
                texts.ui("ui.classWeights.problem.negative", 2, "-1"));
    }
}
