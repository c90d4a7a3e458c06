package org.losslens.imaging.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What sits at an output path is respected: inputs, devices, FIFOs, links, permissions, long names. */
class AtomicOutputTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, p.waitFor(), String.join(" ", command));
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(AtomicOutput.TEMP_PREFIX)).toList();
        }
    }

    @Test
    void refusesToOverwriteAnInputEvenThroughALinkOrAnotherSpelling() throws Exception {
        Path input = dir.resolve("gt.png");
        Files.writeString(input, "the ground truth");
        Path link = Files.createSymbolicLink(dir.resolve("alias.png"), input);
        for (Path target : List.of(input, link, dir.resolve("sub/../gt.png"), Path.of(dir + "/./gt.png"))) {
            Files.createDirectories(dir.resolve("sub"));
            OutputRefusedException e = assertThrows(OutputRefusedException.class,
                    () -> AtomicOutput.write(target, List.of(input), out -> out.write(bytes("x"))));
            assertTrue(e.getMessage().contains("same file as the input"), e.getMessage());
        }
        assertEquals("the ground truth", Files.readString(input));
    }

    @Test
    void aWriteReplacesTheFileWholeOrNotAtAllAndLeavesNoTemporary() throws Exception {
        Path file = dir.resolve("results.jsonl");
        Files.writeString(file, "earlier results");
        assertThrows(IOException.class, () -> AtomicOutput.write(file, List.of(), out -> {
            out.write(bytes("half a li"));
            throw new IOException("disk full");
        }));
        assertEquals("earlier results", Files.readString(file));
        AtomicOutput.write(file, bytes("new results"));
        assertEquals("new results", Files.readString(file));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aSymlinkIsFollowedAndStaysALink() throws Exception {
        Path real = dir.resolve("real.csv");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real.csv"));
        AtomicOutput.write(link, bytes("new"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        // A dangling link: the file it names is created.
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("created.csv"));
        AtomicOutput.write(dangling, bytes("made"));
        assertTrue(Files.isSymbolicLink(dangling));
        assertEquals("made", Files.readString(dir.resolve("created.csv")));
    }

    @Test
    void aFifoIsRefusedNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        run("mkfifo", fifo.toString());
        OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> AtomicOutput.write(fifo, bytes("x")));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
        assertTrue(!Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aDeviceNodeIsRefusedNotReplaced() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mknod needs root");
        Path device = dir.resolve("full");
        run("mknod", device.toString(), "c", "1", "7");
        assertThrows(OutputRefusedException.class, () -> AtomicOutput.write(device, bytes("x")));
        assertTrue(!Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS));
        // And a link to a device is no way around it.
        Path link = Files.createSymbolicLink(dir.resolve("link"), device);
        assertThrows(OutputRefusedException.class, () -> AtomicOutput.write(link, bytes("x")));
        assertThrows(OutputRefusedException.class, () -> AtomicOutput.write(dir, bytes("x")));
    }

    @Test
    void anExistingFileKeepsItsModeAndANewOneFollowsTheUmask() throws Exception {
        Path shared = dir.resolve("shared.losslens.json");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicOutput.write(shared, bytes("new"));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));

        Path fresh = dir.resolve("fresh.txt");
        AtomicOutput.write(fresh, bytes("new"));
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(fresh));
    }

    @Test
    void aNameNearTheLimitStillWorks() throws Exception {
        Path file = dir.resolve("x".repeat(250) + ".png");
        AtomicOutput.write(file, bytes("long"));
        assertArrayEquals(bytes("long"), Files.readAllBytes(file));
    }

    @Test
    void aMissingFolderIsSaidSo() {
        OutputRefusedException e = assertThrows(OutputRefusedException.class,
                () -> AtomicOutput.write(dir.resolve("no/such/folder/out.csv"), bytes("x")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aReadOnlyFileIsRefusedNotReplaced() throws Exception {
        Path kept = dir.resolve("kept.csv");
        Files.writeString(kept, "protected");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("r--r--r--"));
        OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> AtomicOutput.write(kept, bytes("x")));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertEquals("protected", Files.readString(kept));
        assertEquals(List.of(), leftovers());
    }

    /** Runs {@link WriteThroughAtomicOutput} in a child JVM whose standard output goes where {@code out} says. */
    private Process child(ProcessBuilder.Redirect out, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WriteThroughAtomicOutput.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(out).redirectError(ProcessBuilder.Redirect.PIPE).start();
    }

    @Test
    void devStdoutAppendsToTheFileTheShellOpenedInsteadOfReplacingIt() throws Exception {
        Path log = dir.resolve("log.csv");
        Files.writeString(log, "earlier lines\n");
        Object inode = Files.readAttributes(log, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        for (String alias : List.of("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")) {
            Process p = child(ProcessBuilder.Redirect.appendTo(log.toFile()), alias, alias + "\n");
            assertEquals(0, p.waitFor(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals("earlier lines\n/dev/stdout\n/dev/fd/1\n/proc/self/fd/1\n", Files.readString(log));
        assertEquals(inode, Files.readAttributes(log, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void devStdoutWritesIntoAPipe() throws Exception {
        Process p = child(ProcessBuilder.Redirect.PIPE, "/dev/stdout", "through the pipe");
        assertEquals("through the pipe", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, p.waitFor(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void standardOutputRedirectedToAnInputIsRefusedAndOtherDescriptorsToo() throws Exception {
        Path input = dir.resolve("cases.jsonl");
        Files.writeString(input, "the cases\n");
        Process p = child(ProcessBuilder.Redirect.appendTo(input.toFile()), "/dev/stdout", "x", input.toString());
        assertEquals(3, p.waitFor());
        assertTrue(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).contains("same file as the input"));
        assertEquals("the cases\n", Files.readString(input));

        Process other = child(ProcessBuilder.Redirect.DISCARD, "/proc/self/fd/0", "x");
        assertEquals(3, other.waitFor());
        assertTrue(new String(other.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
                .contains("other than standard output"));
    }
}
