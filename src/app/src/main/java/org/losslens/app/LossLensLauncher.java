package org.losslens.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.losslens.app.i18n.LanguageStore;
import org.losslens.app.i18n.Messages;
import org.losslens.app.logging.LogFile;
import org.losslens.app.performance.RenderingSettings;
import org.losslens.app.performance.StartupTrace;
import javafx.application.Application;

/**
 * Plain entry point. It does not extend {@link Application} on purpose: launched from a class that
 * does, a classpath (non-module) JVM refuses to start with "JavaFX runtime components are missing".
 *
 * <p>{@code --version} and {@code --help} answer on standard output without opening a window, so
 * the packaged {@code losslens} launcher can be checked headless.
 */
public final class LossLensLauncher {

    private LossLensLauncher() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("JVM start to main()");
        if (!answerInfoOption(List.of(args), System.out)) {
            LogFile.install(LossLensApp.home());
            RenderingSettings.applyBeforeToolkitStart();
            LossLensApp.prepareWorkbench();
            StartupTrace.mark("launcher: language, log file");
            Application.launch(LossLensApp.class, args);
        }
    }

    /** As {@link #answerInfoOption(List, PrintStream, Locale)}, in the language the window would open in. */
    static boolean answerInfoOption(List<String> args, PrintStream out) {
        return answerInfoOption(args, out, new LanguageStore(LossLensApp.home()).initial(Locale.getDefault()));
    }

    /** Prints the version or the usage for {@code --version} / {@code --help}; true if it did. */
    static boolean answerInfoOption(List<String> args, PrintStream out, Locale language) {
        Messages messages = new Messages(language);
        if (args.contains("--version") || args.contains("-V")) {
            out.println("LossLens " + version(messages));
            return true;
        }
        if (args.contains("--help") || args.contains("-h")) {
            out.println(messages.get("cli.usage"));
            out.println(messages.get("cli.about"));
            out.println("  " + messages.get("cli.option.dataset"));
            out.println("  " + messages.get("cli.option.version"));
            out.println("  " + messages.get("cli.option.help"));
            return true;
        }
        return false;
    }

    /** The jar manifest's Implementation-Version, or "development" (in {@code messages}' language) when run from classes. */
    static String version(Messages messages) {
        String version = LossLensLauncher.class.getPackage().getImplementationVersion();
        return version == null ? messages.get("cli.development") : version;
    }

    /** The folder of {@code --dataset FOLDER} (or {@code --dataset=FOLDER}): opened in the dataset window at start. */
    static Optional<Path> datasetFolder(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--dataset=")) {
                return Optional.of(Path.of(arg.substring("--dataset=".length())));
            }
            if (arg.equals("--dataset") && i + 1 < args.size()) {
                return Optional.of(Path.of(args.get(i + 1)));
            }
        }
        return Optional.empty();
    }
}
