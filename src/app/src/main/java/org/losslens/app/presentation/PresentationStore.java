package org.losslens.app.presentation;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The lecturer's presentation choices (which panels show, which values are large), kept in
 * {@code presentation.properties} in the app's home folder, beside the language and the window
 * placement (a file there rather than java.util.prefs: tests give every run its own home). A damaged
 * file only costs the choice: the defaults are used and it is logged.
 */
public final class PresentationStore {

    private static final System.Logger LOG = System.getLogger(PresentationStore.class.getName());

    static final String FILE = "presentation.properties";
    static final String PANELS = "panels";
    static final String VALUES = "values";

    /** What is remembered. */
    public record Choice(Set<PresentationPanel> panels, Set<PresentedValue> values) {
        public Choice {
            panels = panels.isEmpty() ? EnumSet.noneOf(PresentationPanel.class) : EnumSet.copyOf(panels);
            values = values.isEmpty() ? EnumSet.noneOf(PresentedValue.class) : EnumSet.copyOf(values);
        }

        /** The panels and values shown on a first start. */
        public static Choice defaults() {
            Set<PresentationPanel> panels = EnumSet.noneOf(PresentationPanel.class);
            Arrays.stream(PresentationPanel.values()).filter(PresentationPanel::shownByDefault).forEach(panels::add);
            Set<PresentedValue> values = EnumSet.noneOf(PresentedValue.class);
            values.addAll(PresentedValue.defaults());
            return new Choice(panels, values);
        }
    }

    private final Path file;

    /** @param home the app's folder, e.g. ~/.losslens */
    public PresentationStore(Path home) {
        this.file = home.resolve(FILE);
    }

    /** The remembered choice, if one was saved and reads back. */
    public Optional<Choice> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            return Optional.of(new Choice(names(p.getProperty(PANELS, ""), PresentationPanel.class),
                    names(p.getProperty(VALUES, ""), PresentedValue.class)));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "presentation choices " + file + " unreadable; using the defaults", e);
            return Optional.empty();
        }
    }

    /** Remembers {@code choice}; a failure to write is logged (the choice still applies now). */
    public void save(Choice choice) {
        Properties p = new Properties();
        p.setProperty(PANELS, join(choice.panels()));
        p.setProperty(VALUES, join(choice.values()));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "LossLens presentation mode: panels shown and values in large type");
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "presentation choices not saved to " + file, e);
        }
    }

    private static <E extends Enum<E>> Set<E> names(String list, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                // an unknown name (from a newer version) is an error: the whole file falls back to the defaults
                set.add(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return set;
    }

    private static String join(Set<? extends Enum<?>> set) {
        return String.join(",", set.stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
    }
}
