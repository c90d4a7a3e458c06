package org.losslens.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chosen language survives a restart, stored only in the given (here: temporary) home folder. */
class LanguageStoreTest {

    @TempDir
    Path home;

    @Test
    void aChangeIsRememberedForTheNextRun() {
        Messages first = new Messages(Messages.ENGLISH);
        new LanguageStore(home).attach(first, Locale.US);
        assertEquals(Messages.ENGLISH, first.locale());

        first.localeProperty().set(Messages.SIMPLIFIED_CHINESE);

        Messages second = new Messages(Messages.ENGLISH);
        new LanguageStore(home).attach(second, Locale.US);
        assertEquals(Messages.SIMPLIFIED_CHINESE, second.locale());
        assertEquals("文件", second.get("menu.file"));
    }

    @Test
    void withoutAChoiceTheSystemLanguageDecides() {
        assertEquals(Messages.SIMPLIFIED_CHINESE, new LanguageStore(home).initial(Locale.CHINA));
        assertEquals(Messages.SIMPLIFIED_CHINESE, new LanguageStore(home).initial(Locale.TAIWAN));
        assertEquals(Messages.ENGLISH, new LanguageStore(home).initial(Locale.GERMANY));
    }

    @Test
    void aDamagedOrUnknownChoiceFallsBackToTheDefault() throws Exception {
        Files.writeString(home.resolve(LanguageStore.FILE), "xx-YY");
        assertEquals(Messages.ENGLISH, new LanguageStore(home).initial(Locale.US));
    }

    @Test
    void aFolderThatDoesNotExistYetIsCreatedOnSave() {
        LanguageStore store = new LanguageStore(home.resolve("new").resolve("home"));
        store.save(Messages.SIMPLIFIED_CHINESE);
        assertEquals(Messages.SIMPLIFIED_CHINESE, store.load().orElseThrow());
    }
}
