package org.losslens.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.losslens.core.loss.LossSpec;
import org.losslens.core.loss.param.ParamSpec;

/**
 * The catalogue's texts as the app shows them: a loss's title, description, gradient note and
 * parameter meanings in the current language. The core is English-only and UI-free, so the
 * translations live in the app's {@code losses} bundle, keyed by catalogue id and mode
 * ({@code focal.binary.param.gamma}); a key missing there falls back to the core's own English text,
 * so a new loss is never shown blank (LossTextsTest makes the build fail until it is translated).
 *
 * <p>Reads the language from {@link Messages} on every call, so views that re-read on a locale change
 * (or bind through {@link #binding}) switch live with the rest of the UI. Uses only javafx.beans, so
 * view models may hold it.
 */
public final class LossTexts {

    static final String BASE_NAME = "org.losslens.app.i18n.losses";

    private final Messages messages;

    public LossTexts(Messages messages) {
        this.messages = messages;
    }

    /** The bundle of one language; the root (English) file answers keys the other lacks. */
    public static ResourceBundle load(Locale language) {
        // As Messages: the menu alone decides the language, never the JVM's default locale.
        return ResourceBundle.getBundle(BASE_NAME, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "focal.binary." + part: a loss is only unique together with its mode (dice exists in both). */
    public static String key(LossSpec spec, String part) {
        return spec.id() + "." + spec.mode().id() + "." + part;
    }

    public static String paramKey(LossSpec spec, ParamSpec param) {
        return key(spec, "param." + param.name());
    }

    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return messages.localeProperty();
    }

    /** E.g. "Focal 损失(焦点损失)". */
    public String title(LossSpec spec) {
        return lookup(key(spec, "title"), spec.title());
    }

    /** What the loss is and what it rewards (the core's summary). */
    public String description(LossSpec spec) {
        return lookup(key(spec, "description"), spec.summary());
    }

    /** Which parts are constants in the gradient, if the core says. */
    public Optional<String> gradientNote(LossSpec spec) {
        return spec.gradientNote().map(english -> lookup(key(spec, "gradient"), english));
    }

    /** One line: what the parameter does (for α/β/γ: what it weights). */
    public String meaning(LossSpec spec, ParamSpec param) {
        return lookup(paramKey(spec, param), param.meaning());
    }

    /** A {@code ui.*} text of this bundle, a MessageFormat pattern when there are arguments. */
    public String ui(String key, Object... args) {
        String pattern = load(messages.locale()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, messages.locale()).format(args);
    }

    /** A text that follows the language (and {@code dependencies}), e.g. {@code binding(() -> title(spec))}. */
    public StringBinding binding(Supplier<String> text, javafx.beans.Observable... dependencies) {
        javafx.beans.Observable[] all = new javafx.beans.Observable[dependencies.length + 1];
        all[0] = messages.localeProperty();
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(text::get, all);
    }

    /** The meaning function of one loss, for code that formats several parameters alike. */
    public Function<ParamSpec, String> meanings(LossSpec spec) {
        return param -> meaning(spec, param);
    }

    private String lookup(String key, String english) {
        ResourceBundle bundle = load(messages.locale());
        return bundle.containsKey(key) ? bundle.getString(key) : english;
    }
}
