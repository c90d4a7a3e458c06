package org.losslens.imaging.files;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place LossLens writes a file (CLI outputs, PNG masks, sessions, the autosave): the content
 * goes to a short-named temporary file in the destination's folder, is forced to disk, and is then
 * renamed over the destination, so a reader sees the old file or the new one, never a mix, and a
 * failed or interrupted write leaves the old file as it was.
 *
 * <p>What sits at the path is respected rather than replaced:
 * <ul>
 *   <li>a file this run also reads (an input) is never overwritten: {@link OutputRefusedException};</li>
 *   <li>only regular files are written: a device node, a FIFO or a folder at the path is refused
 *       (renaming over {@code /dev/full} would replace the device with a file);</li>
 *   <li>a symbolic link is followed deliberately: the file it points to is replaced and the link
 *       stays a link (the temporary file lives beside the link's target so the rename stays atomic);</li>
 *   <li>a file nobody may write (no write bit, or not writable by this process) is refused: the rename
 *       would replace it although its mode says it is protected;</li>
 *   <li>a name of one of this process's open descriptors ({@code /dev/stdout}, {@code /dev/stderr},
 *       {@code /dev/fd/1}, {@code /proc/self/fd/2}) writes to that stream as it is, in place: renaming
 *       over the file a shell redirected it to would cut an {@code >>} log to this run's output, and
 *       a pipe or terminal cannot be renamed over at all. Any other descriptor name is refused. Such a
 *       write is not atomic: a failure leaves what was written so far;</li>
 *   <li>an existing file keeps its permissions and, where allowed, its group and owner; a new file
 *       gets the process's default mode (umask), not a private 0600;</li>
 *   <li>the temporary name is short ({@value #TEMP_PREFIX} + 12 characters + {@value #TEMP_SUFFIX}),
 *       so a destination name near the file system's 255-byte limit still works.</li>
 * </ul>
 */
public final class AtomicOutput {

    private static final System.Logger LOG = System.getLogger(AtomicOutput.class.getName());

    /** Writes the content to the stream it is given (buffered; closed by the caller). */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static final String TEMP_PREFIX = ".ll-";
    static final String TEMP_SUFFIX = ".tmp";
    /** Linux's limit on symbolic links followed in one lookup (MAXSYMLINKS). */
    private static final int MAX_LINKS = 40;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Path PROC = Path.of("/proc");

    private AtomicOutput() {
    }

    /** Writes {@code bytes} to {@code target}; see the class comment for what is refused. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, List.of(), out -> out.write(bytes));
    }

    /**
     * Writes {@code content} to {@code target}, refusing if the target is one of {@code inputs}
     * (the files the same run reads) or not a regular file.
     */
    public static void write(Path target, Collection<Path> inputs, Content content) throws IOException {
        Path destination = check(target, inputs);
        FileDescriptor stream = standardStream(destination);
        if (stream != null) {
            writeInPlace(stream, content);
            return;
        }
        Path folder = destination.getParent();
        Path temp = createTemp(folder);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepAttributesOf(destination, temp);
            try {
                Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Checks, without writing, that {@code target} may be written: its folder exists, it is not one of
     * {@code inputs} and it is a regular file or nothing. Commands call it before any work, so a
     * refused output costs nothing.
     *
     * @return the file that will really be replaced (the end of a chain of symbolic links)
     * @throws OutputRefusedException with a message for the user
     */
    public static Path check(Path target, Collection<Path> inputs) throws IOException {
        Path destination = followLinks(target);
        if (descriptorNumber(destination) >= 0) {
            if (standardStream(destination) == null) {
                throw new OutputRefusedException("it names an open file descriptor other than standard output"
                        + " or standard error (/dev/stdout, /dev/stderr)");
            }
            // A terminal or pipe may be read and written at once; a redirected file may not (">> in.jsonl").
            if (Files.isRegularFile(destination)) {
                checkNotAnInput(destination, inputs);
            }
            return destination;
        }
        Path folder = destination.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OutputRefusedException("the folder " + folder + " does not exist");
        }
        if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(destination, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException("it is not a regular file (" + kind(destination)
                    + "); LossLens writes regular files only");
        }
        if (Files.isRegularFile(destination, LinkOption.NOFOLLOW_LINKS) && readOnly(destination)) {
            throw new OutputRefusedException("it is read-only; LossLens does not replace a file its mode protects"
                    + " (make it writable, or choose another name)");
        }
        checkNotAnInput(destination, inputs);
        return destination;
    }

    private static void checkNotAnInput(Path destination, Collection<Path> inputs) throws IOException {
        for (Path input : inputs) {
            if (input != null && sameFile(input, destination)) {
                throw new OutputRefusedException("it is the same file as the input " + input
                        + ", which this run reads");
            }
        }
    }

    /**
     * Read-only for everyone (no write bit at all; root may write such a file, so its access check
     * alone would let the rename through) or for this process.
     */
    private static boolean readOnly(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
            Set<PosixFilePermission> mode = view.readAttributes().permissions();
            if (!mode.contains(PosixFilePermission.OWNER_WRITE) && !mode.contains(PosixFilePermission.GROUP_WRITE)
                    && !mode.contains(PosixFilePermission.OTHERS_WRITE)) {
                return true;
            }
        }
        return !Files.isWritable(file);
    }

    /**
     * The number of the open descriptor {@code path} names, if it is an entry of a {@code /proc/PID/fd}
     * folder (where {@code /dev/stdout}, {@code /dev/fd/N} and {@code /proc/self/fd/N} lead), else −1.
     * Those entries are "magic" links: what they point to ({@code pipe:[…]}, a terminal, a redirected
     * file) is the descriptor's object, not a path to replace.
     */
    private static int descriptorNumber(Path path) throws IOException {
        Path folder = path.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return -1;
        }
        Path real = folder.toRealPath();
        if (real.getNameCount() != 3 || !real.startsWith(PROC) || !real.getName(2).toString().equals("fd")) {
            return -1;
        }
        String name = path.getFileName().toString();
        return name.matches("[0-9]{1,9}") ? Integer.parseInt(name) : -1;
    }

    /** This process's standard output or error if {@code path} names it, else null. */
    private static FileDescriptor standardStream(Path path) throws IOException {
        int fd = descriptorNumber(path);
        if (fd < 0 || !path.getParent().toRealPath().getName(1).toString()
                .equals(Long.toString(ProcessHandle.current().pid()))) {
            return null;
        }
        return fd == 1 ? FileDescriptor.out : fd == 2 ? FileDescriptor.err : null;
    }

    /** Straight to an open standard stream, which stays open (it is the process's, not ours). */
    private static void writeInPlace(FileDescriptor stream, Content content) throws IOException {
        if (stream == FileDescriptor.out) {
            System.out.flush(); // anything printed before comes first
        } else {
            System.err.flush();
        }
        FileOutputStream raw = new FileOutputStream(stream);
        OutputStream out = new BufferedOutputStream(new FilterOutputStream(raw) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                raw.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // not raw.close(): that would close the process's descriptor
            }
        }, 1 << 16);
        content.writeTo(out);
        out.flush();
    }

    /** True if both paths name one file (through links, hard links and relative paths). */
    public static boolean sameFile(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) {
            return Files.isSameFile(a, b);
        }
        return followLinks(a).equals(followLinks(b));
    }

    private static Path followLinks(Path target) throws IOException {
        Path path = target.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(path) && descriptorNumber(path) < 0; hops++) {
            if (hops == MAX_LINKS) {
                throw new OutputRefusedException("too many levels of symbolic links");
            }
            // resolveSibling keeps an absolute link target as it is and resolves a relative one
            // against the link's own folder, as the kernel does.
            path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
        }
        return path;
    }

    private static String kind(Path path) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return "a folder";
        }
        return "a device, a pipe or a socket";
    }

    private static Path createTemp(Path folder) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String name = TEMP_PREFIX + Long.toString(RANDOM.nextLong() >>> 4, 36) + TEMP_SUFFIX;
            Path temp = folder.resolve(name.toLowerCase(Locale.ROOT));
            try {
                // CREATE_NEW with no attributes: the mode follows the umask, unlike createTempFile's 0600.
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            } catch (AccessDeniedException e) {
                throw new OutputRefusedException("the folder " + folder + " is not writable", e);
            }
        }
    }

    /**
     * Gives the new file the replaced file's mode, group and owner. Mode always; group and owner only
     * where the process may set them (a user may only give a file a group they belong to, only root
     * may change its owner), otherwise the new file keeps the process's own, as any editor's save does.
     */
    private static void keepAttributesOf(Path replaced, Path temp) throws IOException {
        if (!Files.isRegularFile(replaced, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes old = Files.readAttributes(replaced, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes fresh = view.readAttributes();
        if (!old.group().equals(fresh.group())) {
            try {
                view.setGroup(old.group());
            } catch (IOException notAMember) {
                // documented above: the process's own group is the fallback
                LOG.log(System.Logger.Level.DEBUG, "keeping the process's group on " + temp, notAMember);
            }
        }
        if (!old.owner().equals(fresh.owner())) {
            try {
                view.setOwner(old.owner());
            } catch (IOException notRoot) {
                // documented above: the process's own user is the fallback
                LOG.log(System.Logger.Level.DEBUG, "keeping the process's owner on " + temp, notRoot);
            }
        }
        // After chown: changing the owner may clear set-id bits, so the mode is set last.
        view.setPermissions(old.permissions());
    }
}
