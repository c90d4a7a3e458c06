package org.losslens.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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

    @Test
    void aRequiredRepeatableOptionIsWrittenOnceInTheSynopsis() {
        // Issue 17 item 10: picocli wrote render's --loss as "--loss=ID[,ID...] [--loss=ID[,ID...]]...".
        String usage = LossLensCli.commandLine().getSubcommands().get("render").getUsageMessage(CommandLine.Help.Ansi.OFF);
        String synopsis = usage.substring(0, usage.indexOf("Draw dL/dlogit")).replaceAll("\\s+", " ").replace(", ", ",");
        assertTrue(synopsis.contains(" --loss=ID[,ID...]... ") && !synopsis.contains("[--loss"), synopsis);
        assertTrue(synopsis.contains(" [--param=LOSS."), "an optional repeatable option keeps its brackets: " + synopsis);
    }

    @Test
    void theVersionIsTheProjectsVersionAsInTheApp() {
        // Issue 17 item 10: "--version" printed a literal "LossLens 0.1.0" while the app said 0.1.0-SNAPSHOT.
        String expected = System.getProperty("losslens.project.version");
        assertTrue(expected != null && !expected.isBlank(), "the pom passes its version to the tests");
        StringWriter out = new StringWriter();
        CommandLine cli = LossLensCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertEquals(0, cli.execute("--version"));
        assertEquals("LossLens " + expected, out.toString().strip());
    }
}
