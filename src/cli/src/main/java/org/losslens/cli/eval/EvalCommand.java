package org.losslens.cli.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.losslens.cli.input.CliException;
import org.losslens.imaging.files.AtomicOutput;
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
        // Lines under 80 columns, so picocli does not re-wrap them raggedly; the first line alone is
        // the summary "losslens --help" lists.
        description = {
            "Value and gradient d(loss)/d(logits) of every case of a JSON Lines file.",
            "",
            "Input line: {\"id\", \"loss\", \"mode\": binary|multiclass, \"params\": {...},",
            "  \"shape\": [C, H, W], \"logits\": [C*H*W numbers, row-major],",
            "  \"target\": [H*W numbers]}",
            "  binary: C = 1, target in [0, 1]; multiclass: C >= 2, labels 0..C-1.",
            "  Every parameter of the loss must be given (see the catalogue).",
            "Output line: {\"id\", \"value\", \"grad\": [C*H*W numbers]}, or",
            "  {\"id\", \"error\": \"message\"} for a case that cannot be evaluated (unknown",
            "  loss or mode, not implemented yet, wrong shape or length, missing, unknown",
            "  or out-of-range parameter, NaN/Inf input, malformed line, a key given",
            "  twice, invalid UTF-8, anything after the case object, out of memory).",
            "  The lines after it are answered as usual. Non-ASCII characters are",
            "  written as \\u escapes, so ids come back exactly as given.",
            "CASES.jsonl may be a pipe or /dev/stdin. RESULTS.jsonl must not be the",
            "  input; it is replaced only once every line is answered, so a failed run",
            "  leaves an earlier results file as it was. RESULTS.jsonl may be /dev/stdout:",
            "  the lines are then written as they are answered."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every line was read and answered (some answers may be error lines)",
            "1:bad input: the input file cannot be read",
            "2:usage error",
            "3:the output file cannot be written (or is the input, or is not a regular file); it is then left as it was"
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
        // Any readable non-folder is an input: a file, a pipe, /dev/stdin.
        if (!Files.exists(input) || Files.isDirectory(input) || !Files.isReadable(input)) {
            err.println("eval: cannot read input file " + input + " (missing, a folder, or no permission)");
            return CliException.BAD_INPUT;
        }
        try {
            AtomicOutput.check(output, List.of(input));
        } catch (IOException e) {
            err.println("eval: cannot write output file " + output + ": " + e.getMessage());
            return CliException.CANNOT_WRITE;
        }
        Counts counts = new Counts();
        try {
            // The results go to a temporary file renamed over --out only when every line is answered:
            // an earlier results file survives a failed run whole, and --out never holds a cut line.
            AtomicOutput.write(output, List.of(input), out -> answerEveryLine(out, counts));
        } catch (InputFailure e) {
            err.println("eval: cannot read input file " + input + ": " + describe(e.cause));
            return CliException.BAD_INPUT;
        } catch (IOException e) {
            err.println("eval: cannot write output file " + output + ": " + describe(e));
            return CliException.CANNOT_WRITE;
        }
        err.println("eval: " + counts.cases + " cases, " + (counts.cases - counts.errors) + " evaluated, "
                + counts.errors + " errors -> " + output);
        return 0;
    }

    /** Lines answered so far. */
    private static final class Counts {
        int cases;
        int errors;
    }

    /** A read failure of the input, told apart from a write failure of the output. */
    private static final class InputFailure extends IOException {
        private static final long serialVersionUID = 1L;
        private final IOException cause;

        InputFailure(IOException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    private void answerEveryLine(OutputStream out, Counts counts) throws IOException {
        CaseParser parser = new CaseParser();
        CaseEvaluator evaluator = new CaseEvaluator();
        ResultWriter format = new ResultWriter();
        try (CaseLines lines = new CaseLines(Files.newInputStream(input))) {
            CaseLines.Line line;
            while ((line = next(lines)) != null) {
                if (line.problem() == null && line.text().isBlank()) {
                    continue;
                }
                counts.cases++;
                Answer answer = answer(line, parser, evaluator, format);
                if (answer.error()) {
                    counts.errors++;
                }
                // ResultWriter's lines are ASCII; one write of the whole line, newline included.
                out.write((answer.json() + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static CaseLines.Line next(CaseLines lines) throws InputFailure {
        try {
            return lines.next();
        } catch (IOException e) {
            throw new InputFailure(e);
        }
    }

    /**
     * The answer to one line, whatever is wrong with it: every failure of one case, including the
     * JVM running out of memory on it, is that case's error line, and the run goes on.
     */
    static Answer answer(CaseLines.Line line, CaseParser parser, CaseEvaluator evaluator, ResultWriter format) {
        String id = "<line " + line.number() + ">";
        try {
            if (line.problem() != null) {
                return new Answer(format.error(id, line.problem()), true);
            }
            ReferenceCase c = parser.parse(line.text(), line.number());
            id = c.id();
            return new Answer(format.success(id, evaluator.evaluate(c)), false);
        } catch (CaseException e) {
            return new Answer(format.error(e.caseId(), e.getMessage()), true);
        } catch (OutOfMemoryError e) {
            return new Answer(format.error(id, "out of memory evaluating this case (give the JVM more with -Xmx, "
                    + "or use a smaller case)"), true);
        } catch (RuntimeException | StackOverflowError e) {
            return new Answer(format.error(id, "internal error evaluating this case: " + e), true);
        }
    }

    /** One result line and whether it is an error line. */
    record Answer(String json, boolean error) {
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
