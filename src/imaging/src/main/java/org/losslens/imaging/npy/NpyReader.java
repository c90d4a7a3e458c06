package org.losslens.imaging.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.losslens.imaging.png.PngCodec;

/**
 * Reads NumPy {@code .npy} files (format versions 1.0, 2.0 and 3.0, as specified in NEP 1 and
 * {@code numpy.lib.format}): the 6-byte magic {@code \x93NUMPY}, a major and minor version byte, the
 * header length (2 bytes little-endian in 1.0, 4 bytes in 2.0 and 3.0), the header dict (latin-1,
 * UTF-8 in 3.0), then the raw data in C or Fortran order with the byte order the dtype names.
 *
 * <p>Accepted: shapes H×W and C×H×W of floats ({@code f2}, {@code f4}, {@code f8}), signed and unsigned
 * integers (1–8 bytes) and booleans, little-, big- or native-endian ({@code =} is little-endian, as on
 * every platform LossLens ships for). Everything else — object arrays, complex numbers, strings,
 * structured dtypes, other ranks — gets a message that names what was found. The same size limit as
 * PNGs applies to H×W, checked from the header before any data is read.
 */
public final class NpyReader {

    /** The most channels an array may declare (far above any segmentation's class count). */
    public static final int MAX_CHANNELS = 64;

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    private NpyReader() {
    }

    /** @throws IOException with a message a user can act on, for missing, malformed, unsupported or too large files */
    public static NpyArray read(Path path) throws IOException {
        if (!Files.isReadable(path)) {
            throw new IOException("cannot read " + path.toAbsolutePath() + " (missing or no permission)");
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return read(channel, path.getFileName().toString());
        } catch (IOException e) {
            throw new IOException(path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static NpyArray read(FileChannel channel, String name) throws IOException {
        ByteBuffer preamble = readFully(channel, 8, "the magic string and version");
        for (int i = 0; i < MAGIC.length; i++) {
            if (preamble.get(i) != MAGIC[i]) {
                throw new IOException("not a NumPy .npy file (it does not start with \\x93NUMPY)");
            }
        }
        int major = preamble.get(6) & 0xff;
        int minor = preamble.get(7) & 0xff;
        if (major < 1 || major > 3 || minor != 0) {
            throw new IOException(".npy format version " + major + "." + minor + " is not one LossLens reads (1.0, 2.0, 3.0)");
        }
        ByteBuffer lengthBytes = readFully(channel, major == 1 ? 2 : 4, "the header length")
                .order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? lengthBytes.getShort(0) & 0xffff : lengthBytes.getInt(0) & 0xffffffffL;
        if (headerLength > 1 << 20) {
            throw new IOException("the .npy header claims " + headerLength + " bytes; real headers are under 1 kB");
        }
        ByteBuffer headerBytes = readFully(channel, (int) headerLength, "the header");
        String header = new String(headerBytes.array(), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyHeader parsed = NpyHeader.parse(header);
        ElementType type = ElementType.of(parsed.descr());
        int[] shape = checkedShape(parsed.shape());
        int count = Math.multiplyExact(Math.multiplyExact(shape[0], shape.length == 3 ? shape[1] : 1),
                shape[shape.length - 1]);
        ByteBuffer data = readFully(channel, Math.multiplyExact(count, type.size()), "the data of shape "
                + NpyHeader.shapeText(shape)).order(type.order());
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = type.get(data, i * type.size());
        }
        if (parsed.fortranOrder()) {
            values = fortranToC(values, shape);
        }
        return new NpyArray(shape, parsed.descr(), values);
    }

    private static int[] checkedShape(int[] shape) throws IOException {
        if (shape.length != 2 && shape.length != 3) {
            throw new IOException("the array has shape " + NpyHeader.shapeText(shape)
                    + "; LossLens reads H×W or C×H×W arrays");
        }
        int height = shape[shape.length - 2];
        int width = shape[shape.length - 1];
        if (height < 1 || width < 1 || (shape.length == 3 && shape[0] < 1)) {
            throw new IOException("the array has shape " + NpyHeader.shapeText(shape) + ", with no pixels");
        }
        if ((long) height * width > PngCodec.MAX_PIXELS) {
            throw new IOException("the array declares " + width + "x" + height + " pixels; LossLens reads images of"
                    + " at most " + PngCodec.MAX_PIXELS + " pixels (4096x4096)");
        }
        if (shape.length == 3 && shape[0] > MAX_CHANNELS) {
            throw new IOException("the array declares " + shape[0] + " channels; LossLens reads at most " + MAX_CHANNELS);
        }
        return shape;
    }

    /** Fortran order stores the first index fastest: element (i0, i1, i2) sits at i0 + d0·(i1 + d1·i2). */
    private static double[] fortranToC(double[] fortran, int[] shape) {
        double[] c = new double[fortran.length];
        if (shape.length == 2) {
            int rows = shape[0];
            int cols = shape[1];
            for (int r = 0; r < rows; r++) {
                for (int col = 0; col < cols; col++) {
                    c[r * cols + col] = fortran[r + rows * col];
                }
            }
        } else {
            int d0 = shape[0];
            int d1 = shape[1];
            int d2 = shape[2];
            for (int i0 = 0; i0 < d0; i0++) {
                for (int i1 = 0; i1 < d1; i1++) {
                    for (int i2 = 0; i2 < d2; i2++) {
                        c[(i0 * d1 + i1) * d2 + i2] = fortran[i0 + d0 * (i1 + d1 * i2)];
                    }
                }
            }
        }
        return c;
    }

    private static ByteBuffer readFully(FileChannel channel, int bytes, String what) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("the file ends inside " + what + " (" + buffer.position() + " of " + bytes
                        + " bytes): truncated or not a .npy file");
            }
        }
        return buffer.flip();
    }
}
