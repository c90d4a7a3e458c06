package org.losslens.app.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The language chosen in the menu, kept in a one-line file in the app's home folder (beside autosave
 * and recent files) rather than in java.util.prefs: tests give every run its own home, so they can
 * never change the real user's choice.
 */
public final class LanguageStore {

    private static final System.Logger LOG = System.getLogger(LanguageStore.class.getName());

    static final String FILE = "language.txt";

    private final Path file;

    /** @param home the app's folder, e.g. ~/.losslens */
    public LanguageStore(Path home) {
        this.file = home.resolve(FILE);
    }

    /** The remembered language, if one was saved and is still offered. */
    public Optional<Locale> load() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String tag = Files.readString(file, StandardCharsets.UTF_8).strip();
            return Messages.SUPPORTED.stream().filter(l -> l.toLanguageTag().equals(tag)).findFirst();
        } catch (IOException | RuntimeException e) {
            // An unreadable choice only costs the choice: the default language is used.
            LOG.log(System.Logger.Level.WARNING, "remembered language " + file + " unreadable; using the default", e);
            return Optional.empty();
        }
    }

    /** Remembers {@code language}; a failure to write is not worth a dialog (the choice still applies now). */
    public void save(Locale language) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, language.toLanguageTag() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Next start falls back to the default language.
            LOG.log(System.Logger.Level.WARNING, "language choice not saved to " + file, e);
        }
    }

    /** The language at start: the remembered one, else the system's if offered (Chinese), else English. */
    public Locale initial(Locale system) {
        return load().orElseGet(() -> defaultFor(system));
    }

    /** Simplified Chinese for a Chinese system locale, English for everything else. */
    public static Locale defaultFor(Locale system) {
        return "zh".equals(system.getLanguage()) ? Messages.SIMPLIFIED_CHINESE : Messages.ENGLISH;
    }

    /** Loads the remembered language into {@code messages} and saves every later change. */
    public void attach(Messages messages, Locale system) {
        messages.localeProperty().set(initial(system));
        messages.localeProperty().addListener((obs, old, now) -> save(now));
    }
}
