package org.losslens.cli.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losslens.cli.LossLensCli;
import picocli.CommandLine;

/** table, render and sweep never write over their inputs, a device or a pipe, and notice a broken stdout. */
class OutputSafetyTest {

    private static final Path ASSETS = Path.of("..", "..", "assets");

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(Writer stdout, String... args) {
        CommandLine cli = LossLensCli.commandLine();
        cli.setOut(new PrintWriter(stdout, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int run(String... args) {
        return run(new StringWriter(), args);
    }

    private Path copy(String asset) throws IOException {
        Path file = dir.resolve(Path.of(asset).getFileName());
        Files.copy(ASSETS.resolve(asset), file);
        return file;
    }

    @Test
    void renderAndTableNeverWriteOverTheirInputs() throws Exception {
        Path gt = copy("masks/disc-128.png");
        Path pred = copy("predictions/disc-shifted-soft-128.png");
        byte[] gtBytes = Files.readAllBytes(gt);
        byte[] predBytes = Files.readAllBytes(pred);
        List<List<String>> runs = List.of(
                List.of("render", "--gt", gt.toString(), "--pred", pred.toString(), "--loss", "dice", "--out", gt.toString()),
                List.of("render", "--gt", gt.toString(), "--pred", pred.toString(), "--loss", "dice", "--out", pred.toString()),
                List.of("table", "--gt", gt.toString(), "--pred", pred.toString(), "--out", gt.toString()),
                List.of("sweep", "--kind", "parameter", "--loss", "tversky", "--sweep-param", "beta", "--points", "3",
                        "--gt", gt.toString(), "--pred", pred.toString(), "--png", pred.toString()));
        for (List<String> args : runs) {
            err.getBuffer().setLength(0);
            assertEquals(3, run(args.toArray(String[]::new)), args.toString());
            assertTrue(err.toString().contains("same file as the input"), err.toString());
        }
        assertArrayEquals(gtBytes, Files.readAllBytes(gt));
        assertArrayEquals(predBytes, Files.readAllBytes(pred));
    }

    @Test
    void aPipeOrADeviceAtTheOutputIsRefusedNotReplaced() throws Exception {
        Path fifo = dir.resolve("out.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertEquals(3, run("sweep", "--kind", "confidence", "--points", "3", "--out", fifo.toString()));
        assertTrue(err.toString().contains("not a regular file"), err.toString());
        assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void oneRunsTwoOutputsMustDiffer() {
        Path both = dir.resolve("both");
        assertEquals(3, run("sweep", "--kind", "confidence", "--points", "3", "--out", both.toString(),
                "--png", both.toString()));
        assertTrue(err.toString().contains("same file"), err.toString());
        assertFalse(Files.exists(both));
    }

    @Test
    void aRewrittenOutputKeepsItsPermissions() throws Exception {
        Path csv = dir.resolve("shared.csv");
        Files.writeString(csv, "old");
        Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("rw-rw-r--"));
        assertEquals(0, run("sweep", "--kind", "confidence", "--points", "3", "--out", csv.toString()), err.toString());
        assertTrue(Files.readString(csv).startsWith("true-class probability"));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(csv)));
    }

    @Test
    void aStandardOutputThatCannotBeWrittenIsExitThree() {
        Writer full = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        assertEquals(3, run(full, "sweep", "--kind", "confidence", "--points", "3"));
        assertTrue(err.toString().contains("cannot write to standard output"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(3, run(full, "table", "--gt", ASSETS.resolve("masks/disc-128.png").toString(),
                "--pred", ASSETS.resolve("predictions/disc-shifted-soft-128.png").toString(), "--loss", "dice"));
        assertTrue(err.toString().contains("cannot write to standard output"), err.toString());
    }

    @Test
    void anOversizedPictureOrAnUnknownFormatIsAMessageNotAStackTrace() throws Exception {
        java.awt.image.BufferedImage big = new java.awt.image.BufferedImage(2048, 2048,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        Path gt = dir.resolve("big-gt.png");
        Path pred = dir.resolve("big-pred.png");
        javax.imageio.ImageIO.write(big, "png", gt.toFile());
        javax.imageio.ImageIO.write(big, "png", pred.toFile());
        assertEquals(1, run("render", "--gt", gt.toString(), "--pred", pred.toString(), "--loss", "bce",
                "--scale", "64", "--out", dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("use a smaller --scale"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("table", "--gt", gt.toString(), "--pred", pred.toString(), "--format", "xml"));
        assertTrue(err.toString().contains("--format") && !err.toString().contains("\tat "), err.toString());
    }

    @Test
    void theRealStandardOutputOnAFullDiskIsExitThree() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LossLensCli.class.getName(), "sweep", "--kind", "confidence", "--points", "3")
                .redirectOutput(new java.io.File("/dev/full")).start();
        String said = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, p.waitFor(), said);
        assertTrue(said.contains("cannot write to standard output"), said);
    }
}
