package org.losslens.cli;

import org.losslens.cli.bench.BenchCommand;
import org.losslens.cli.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the headless LossLens tool. */
@Command(name = "losslens",
        mixinStandardHelpOptions = true,
        version = "LossLens 0.1.0",
        description = "Segmentation losses and their exact gradients, headless.",
        subcommands = {EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a case or input was rejected (see messages)", "2:usage error, or an input/output file could not be used"})
public final class LossLensCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (also used by tests). */
    public static CommandLine commandLine() {
        return new CommandLine(new LossLensCli());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
