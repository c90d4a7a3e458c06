package org.losslens.app.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * Every word the app shows, looked up in the ResourceBundle of the current language. Views bind
 * their text to {@link #text} or {@link #format}, so switching {@link #localeProperty()} relabels the
 * running UI at once. Uses only javafx.beans, so view models may hold it and tests need no toolkit.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;
    /** The languages offered in the language menu, in menu order. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SIMPLIFIED_CHINESE);

    private static final String BASE_NAME = "org.losslens.app.i18n.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private final java.util.Map<Locale, ResourceBundle> bundles = new java.util.concurrent.ConcurrentHashMap<>();

    public Messages(Locale initial) {
        locale.set(initial);
    }

    /**
     * The current language's bundle, looked up on each read: bindings are invalidated before any change
     * listener of the locale runs, so a bundle swapped by a listener would still be the old one.
     */
    private ResourceBundle bundle() {
        return bundles.computeIfAbsent(locale.get(), Messages::load);
    }

    /** The ResourceBundle of one language; the root (English) file answers keys the other lacks. */
    public static ResourceBundle load(Locale language) {
        // No fallback to the JVM's default locale: the choice in the menu alone decides the language.
        return ResourceBundle.getBundle(BASE_NAME, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /**
     * The text of {@code key} now; with arguments it is a {@link MessageFormat} pattern.
     *
     * @throws MissingResourceException if no bundle has the key (a missing text is a bug, not a blank)
     */
    public String get(String key, Object... args) {
        String pattern = bundle().getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** The text of {@code key}, following the language. */
    public StringBinding text(String key) {
        return Bindings.createStringBinding(() -> get(key), locale);
    }

    /** A pattern filled with the current values of {@code args}, following the language and the values. */
    public StringBinding format(String key, ObservableValue<?>... args) {
        javafx.beans.Observable[] dependencies = new javafx.beans.Observable[args.length + 1];
        dependencies[0] = locale;
        System.arraycopy(args, 0, dependencies, 1, args.length);
        return Bindings.createStringBinding(() -> {
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].getValue();
            }
            return get(key, values);
        }, dependencies);
    }
}
