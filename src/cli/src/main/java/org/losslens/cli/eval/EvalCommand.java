package org.losslens.cli.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: the machine-readable contract. Reads reference cases (JSON Lines), writes one result
 * line per input line, in input order. A bad case yields an error line for that case alone.
 */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Compute value and gradient d(loss)/d(logits) for every case of a JSON Lines file.",
            "",
            "Input line: {\"id\", \"loss\", \"mode\": binary|multiclass, \"params\": {...},",
            "  \"shape\": [C, H, W], \"logits\": [C*H*W numbers, row-major], \"target\": [H*W numbers]}",
            "  binary: C = 1, target in [0, 1]; multiclass: C >= 2, target = labels 0..C-1.",
            "  Every parameter of the loss must be given (see the catalogue).",
            "Output line: {\"id\", \"value\", \"grad\": [C*H*W numbers]} or {\"id\", \"error\": \"message\"}",
            "  for a case that cannot be evaluated (unknown loss or mode, not implemented yet, wrong shape",
            "  or length, missing/unknown/out-of-range parameter, NaN/Inf input, malformed line)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every line was read and answered (some answers may be error lines)",
            "2:the input file cannot be read or the output file cannot be written"
        })
public final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "CASES.jsonl", description = "reference cases to evaluate")
    private Path input;

    @Option(names = "--out", required = true, paramLabel = "RESULTS.jsonl", description = "where to write the results")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
            err.println("eval: cannot read input file " + input);
            return 2;
        }
        CaseParser parser = new CaseParser();
        CaseEvaluator evaluator = new CaseEvaluator();
        ResultWriter format = new ResultWriter();
        int cases = 0;
        int errors = 0;
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                String line;
                int lineNumber = 0;
                while ((line = reader.readLine()) != null) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    cases++;
                    String result;
                    try {
                        ReferenceCase c = parser.parse(line, lineNumber);
                        result = format.success(c.id(), evaluator.evaluate(c));
                    } catch (CaseException e) {
                        errors++;
                        result = format.error(e.caseId(), e.getMessage());
                    }
                    writer.write(result);
                    writer.newLine();
                }
            } catch (IOException e) {
                err.println("eval: cannot write output file " + output + ": " + describe(e));
                return 2;
            }
        } catch (IOException e) {
            err.println("eval: cannot read input file " + input + ": " + describe(e));
            return 2;
        }
        err.println("eval: " + cases + " cases, " + (cases - errors) + " evaluated, " + errors + " errors -> " + output);
        return 0;
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
