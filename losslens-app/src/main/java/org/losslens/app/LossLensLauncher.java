package org.losslens.app;

import java.io.PrintStream;
import java.util.List;
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
        if (!answerInfoOption(List.of(args), System.out)) {
            Application.launch(LossLensApp.class, args);
        }
    }

    /** Prints the version or the usage for {@code --version} / {@code --help}; true if it did. */
    static boolean answerInfoOption(List<String> args, PrintStream out) {
        if (args.contains("--version") || args.contains("-V")) {
            out.println("LossLens " + version());
            return true;
        }
        if (args.contains("--help") || args.contains("-h")) {
            out.println("Usage: losslens [--version | --help]");
            out.println("Opens the LossLens window: draw a ground truth and a prediction, move alpha/beta/gamma,");
            out.println("and watch every segmentation loss and its gradient.");
            out.println("  -V, --version   print the version and exit");
            out.println("  -h, --help      print this help and exit");
            return true;
        }
        return false;
    }

    /** The jar manifest's Implementation-Version, or "development" when run from classes. */
    static String version() {
        String version = LossLensLauncher.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
