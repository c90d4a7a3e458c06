package org.losslens.cli.input;

import java.io.PrintStream;
import org.losslens.core.sweep.SweepProgress;

/**
 * A one-line progress bar on stderr, shown only on an interactive terminal: when output is piped or
 * redirected ({@code System.console() == null}) it stays silent, so scripts get clean output.
 */
public final class TerminalProgress implements SweepProgress {

    private final PrintStream out;
    private final String label;
    private int lastPercent = -1;

    private TerminalProgress(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    /** A bar on stderr if stderr is a terminal, otherwise {@link SweepProgress#NONE}. */
    public static SweepProgress forTerminal(String label) {
        return System.console() != null ? new TerminalProgress(System.err, label) : SweepProgress.NONE;
    }

    @Override
    public void completed(int done, int total) {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * 30 / 100;
        out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + percent + "%");
        if (done == total) {
            out.println();
        }
        out.flush();
    }
}
