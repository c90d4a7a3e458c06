package org.losslens.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.cli.LossLensCli;
import org.losslens.cli.input.CliException;
import picocli.CommandLine;

/**
 * One exit-code convention for every command (issue 17 item 10): 0 success, 1 bad input, 2 usage error,
 * 3 an output cannot be written; each command's help lists exactly these. eval used 2 for an unreadable
 * input and an unwritable output, bench 2 for a bad value.
 */
class ExitCodesTest {

    private static final String[] COMMANDS = {"eval", "table", "sweep", "render", "bench"};

    @TempDir
    Path dir;

    private static int run(String... args) {
        CommandLine cli = LossLensCli.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void everyCommandsHelpListsTheSameFourCodes() {
        assertEquals(CommandLine.ExitCode.USAGE, CliException.USAGE);
        CommandLine root = LossLensCli.commandLine();
        checkCodes("losslens", root.getCommandSpec().usageMessage().exitCodeList());
        for (String name : COMMANDS) {
            checkCodes(name, root.getSubcommands().get(name).getCommandSpec().usageMessage().exitCodeList());
        }
    }

    private static void checkCodes(String command, Map<String, String> codes) {
        assertEquals(Set.of("0", "1", "2", "3"), codes.keySet(), command + ": " + codes);
        assertEquals("usage error", codes.get("2"), command);
        assertEquals(true, codes.get("1").startsWith("bad input"), command + ": " + codes.get("1"));
        assertEquals(true, codes.get("3").contains("cannot be written"), command + ": " + codes.get("3"));
    }

    @Test
    void eachCommandExitsByTheConvention() throws IOException {
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, "{\"id\":\"a\",\"loss\":\"bce\",\"mode\":\"binary\",\"params\":{},\"shape\":[1,1,1],"
                + "\"logits\":[0],\"target\":[1]}\n");
        String missing = dir.resolve("absent.png").toString();
        String noFolder = dir.resolve("no/such/folder/out").toString();
        assertEquals(1, run("eval", "--in", dir.resolve("absent.jsonl").toString(), "--out", dir.resolve("o.jsonl").toString()));
        assertEquals(3, run("eval", "--in", cases.toString(), "--out", noFolder));
        assertEquals(3, run("eval", "--in", cases.toString(), "--out", cases.toString()));
        assertEquals(1, run("table", "--gt", missing, "--pred", missing));
        assertEquals(1, run("render", "--gt", missing, "--pred", missing, "--loss", "bce", "--out", dir.resolve("r.png").toString()));
        assertEquals(1, run("sweep", "--kind", "confidence", "--loss", "no_such_loss"));
        assertEquals(3, run("sweep", "--kind", "confidence", "--points", "3", "--out", noFolder));
        assertEquals(1, run("bench", "--sizes", "0"));
        for (String name : COMMANDS) {
            assertEquals(2, run(name, "--no-such-option"), name);
        }
    }
}
