package org.losslens.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The two bundle files themselves (not ResourceBundle, whose Chinese bundle silently inherits every
 * English key): the same keys in both, and no key left blank.
 */
class MessageBundlesTest {

    private static Properties read(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(file)) {
            assertTrue(in != null, file + " is on the class path");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseHaveExactlyTheSameKeys() throws IOException {
        Properties en = read("messages.properties");
        Properties zh = read("messages_zh.properties");
        TreeSet<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
        onlyEnglish.removeAll(zh.stringPropertyNames());
        TreeSet<String> onlyChinese = new TreeSet<>(zh.stringPropertyNames());
        onlyChinese.removeAll(en.stringPropertyNames());
        assertEquals(new TreeSet<String>(), onlyEnglish, "keys missing in messages_zh.properties");
        assertEquals(new TreeSet<String>(), onlyChinese, "keys missing in messages.properties");
    }

    @Test
    void noValueIsEmpty() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_zh.properties"}) {
            Properties p = read(file);
            for (String key : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(key).isBlank(), file + ": " + key + " is empty");
            }
        }
    }
}
