package org.losslens.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Properties;
import org.losslens.cli.bench.BenchCommand;
import org.losslens.cli.eval.EvalCommand;
import org.losslens.cli.input.CliException;
import org.losslens.cli.render.RenderCommand;
import org.losslens.cli.sweep.SweepCommand;
import org.losslens.cli.table.TableCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the headless LossLens tool. */
@Command(name = "losslens",
        mixinStandardHelpOptions = true,
        versionProvider = LossLensCli.Version.class,
        description = "Segmentation losses and their exact gradients, headless.",
        subcommands = {EvalCommand.class, TableCommand.class, SweepCommand.class, RenderCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad input (see the message)", "2:usage error", "3:an output file cannot be written"})
public final class LossLensCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cli = commandLine();
        // Standard output straight to the file descriptor: System.out is a PrintStream, which swallows
        // write errors, so "> /dev/full" would exit 0; this writer's checkError() reports them.
        cli.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                System.out.charset()), true));
        System.exit(cli.execute(args));
    }

    /** The configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new LossLensCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setHelpFactory(CompactSynopsisHelp::new);
        // A CliException is a message for the user, not a stack trace: print it and exit with its code.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CliException failure) {
                commandLine.getErr().println(commandLine.getCommandName() + ": " + failure.getMessage());
                return failure.exitCode();
            }
            throw e;
        });
        return cli;
    }

    /**
     * "LossLens" and the project's version, filtered into version.properties by Maven: the same pom
     * version the app's manifest carries (issue 17 item 10: the CLI had a literal "0.1.0" of its own).
     */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = LossLensCli.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IOException("version.properties is missing from the build");
                }
                properties.load(in);
            }
            return new String[] {"LossLens " + properties.getProperty("version")};
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
