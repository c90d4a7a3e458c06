package org.losslens.cli.eval;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a JSON Lines input, one at a time, each decoded on its own: a line that is not valid
 * UTF-8 or too long becomes a {@link Line} with a problem, and the lines after it are read as
 * usual (a whole-stream decoder would end the run at the first bad byte). Lines end at LF; a CR
 * before it is dropped; a UTF-8 byte-order mark at the start of the input is skipped. Works on any
 * stream, so pipes and {@code /dev/stdin} are inputs like files.
 */
final class CaseLines implements Closeable {

    /** One input line: its text, or why it has none. */
    record Line(int number, String text, String problem) {
    }

    /** Far above any real case (a 1024² multiclass case with C = 8 is ~200 MB of JSON). */
    static final int DEFAULT_MAX_BYTES = 512 << 20;
    private static final String TOO_LONG = "is too long to hold in memory (give the JVM more with -Xmx)";

    private final InputStream in;
    private final int maxBytes;
    private byte[] buffer = new byte[1 << 16];
    /** Read-ahead: bytes chunk[position..limit) are read but not yet consumed. */
    private final byte[] chunk = new byte[1 << 16];
    private int position;
    private int limit;
    private final CharBuffer checked = CharBuffer.allocate(1 << 12);
    private int number;
    private boolean ended;

    CaseLines(InputStream in) {
        this(in, DEFAULT_MAX_BYTES);
    }

    CaseLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        int length = 0;
        String problem = null;
        int b;
        while ((b = read()) != -1 && b != '\n') {
            if (problem != null) {
                continue; // skipping the rest of a line already refused
            }
            if (length == maxBytes) {
                problem = "is longer than " + (maxBytes >> 20) + " MiB";
                continue;
            }
            if (length == buffer.length) {
                try {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes, 2L * buffer.length));
                } catch (OutOfMemoryError e) {
                    buffer = new byte[1 << 16];
                    problem = TOO_LONG;
                    continue;
                }
            }
            buffer[length++] = (byte) b;
        }
        if (b == -1) {
            ended = true;
            if (length == 0 && problem == null) {
                return null;
            }
        }
        number++;
        if (problem != null) {
            return new Line(number, null, "line " + number + " " + problem);
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        int start = 0;
        if (number == 1 && length >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB
                && (buffer[2] & 0xff) == 0xBF) {
            start = 3; // the byte-order mark some editors put at the start of a UTF-8 file
        }
        return decode(start, length);
    }

    private int read() throws IOException {
        if (position == limit) {
            int n = in.read(chunk);
            if (n <= 0) {
                return -1;
            }
            position = 0;
            limit = n;
        }
        return chunk[position++] & 0xff;
    }

    /**
     * Checks the bytes are UTF-8 through a small reusable buffer, then builds the String at once:
     * a long ASCII line costs its own length once more, not twice that in a char buffer.
     */
    private Line decode(int start, int end) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer bytes = ByteBuffer.wrap(buffer, start, end - start);
        CoderResult result;
        do {
            checked.clear();
            result = decoder.decode(bytes, checked, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            checked.clear();
            result = decoder.flush(checked);
        }
        if (result.isError()) {
            return new Line(number, null, "line " + number + " is not valid UTF-8 (byte " + (bytes.position() - start + 1)
                    + " of the line)");
        }
        try {
            return new Line(number, new String(buffer, start, end - start, StandardCharsets.UTF_8), null);
        } catch (OutOfMemoryError e) {
            return new Line(number, null, "line " + number + " " + TOO_LONG);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
