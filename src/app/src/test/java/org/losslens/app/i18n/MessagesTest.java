package org.losslens.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Both languages say everything, and every pattern is a valid MessageFormat. */
class MessagesTest {

    private static Set<String> ownKeys(Locale locale) {
        return new TreeSet<>(Messages.load(locale).keySet());
    }

    @Test
    void chineseHasEveryEnglishKeyAndNoOther() {
        ResourceBundle zh = Messages.load(Messages.SIMPLIFIED_CHINESE);
        // handleKeySet: only the keys the Chinese file itself defines, not those inherited from the root.
        Set<String> chinese = new TreeSet<>(zh.keySet());
        chinese.retainAll(java.util.Collections.list(zh.getKeys()));
        assertEquals(ownKeys(Messages.ENGLISH), chinese);
        for (String key : ownKeys(Messages.ENGLISH)) {
            if (!key.equals("language.name")) {
                assertEquals(Messages.load(Messages.ENGLISH).containsKey(key), zh.containsKey(key), key);
            }
        }
    }

    @Test
    void everyPatternParses() {
        for (Locale locale : Messages.SUPPORTED) {
            ResourceBundle bundle = Messages.load(locale);
            for (String key : bundle.keySet()) {
                new MessageFormat(bundle.getString(key), locale);
            }
        }
    }

    @Test
    void switchingTheLocaleChangesTextsAndBindings() {
        Messages messages = new Messages(Messages.ENGLISH);
        var title = messages.text("menu.file");
        assertEquals("File", title.get());
        messages.localeProperty().set(Messages.SIMPLIFIED_CHINESE);
        assertEquals("文件", title.get());
        assertNotEquals(messages.get("parameters.own", "Dice", "dice"),
                new Messages(Messages.ENGLISH).get("parameters.own", "Dice", "dice"));
    }
}
