package org.losslens.cli.commands;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.losslens.cli.LossLensCli;
import picocli.CommandLine;

/** The summaries "losslens --help" lists are whole sentences, and the help is not re-wrapped raggedly. */
class HelpTextTest {

    private static final String[] COMMANDS = {"eval", "table", "sweep", "render", "bench"};

    @Test
    void eachSummaryIsAWholeSentence() {
        CommandLine cli = LossLensCli.commandLine();
        for (String name : COMMANDS) {
            String summary = cli.getSubcommands().get(name).getCommandSpec().usageMessage().description()[0];
            assertTrue(summary.endsWith("."), name + ": " + summary);
        }
    }

    @Test
    void descriptionsFitEightyColumnsSoPicocliKeepsTheirLayout() {
        CommandLine cli = LossLensCli.commandLine();
        for (String name : COMMANDS) {
            for (String line : cli.getSubcommands().get(name).getCommandSpec().usageMessage().description()) {
                assertTrue(line.length() < 80, name + ": " + line.length() + " columns: " + line);
            }
        }
    }
}
