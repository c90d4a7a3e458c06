package org.losslens.cli.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.losslens.cli.LossLensCli;
import picocli.CommandLine;

/** The CLI as a test runs it: the real command line, its standard output and error captured. */
public final class CliRun {

    /** What the commands printed on standard output, across every run of this instance. */
    public final StringWriter out = new StringWriter();
    /** What they printed on standard error. */
    public final StringWriter err = new StringWriter();

    /** Runs {@code losslens ARGS…}; returns its exit code. */
    public int run(String... args) {
        CommandLine cli = LossLensCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
