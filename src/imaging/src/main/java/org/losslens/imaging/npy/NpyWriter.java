package org.losslens.imaging.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.losslens.imaging.files.AtomicOutput;

/**
 * Writes an array as numpy.save does for a little-endian float64 C-order array: format 1.0, the header
 * dict padded with spaces and a newline so the data starts at a multiple of 64 bytes (NEP 1). Used to
 * export a prediction's logits and to build dataset folders; {@code numpy.load} reads what it writes.
 */
public final class NpyWriter {

    private NpyWriter() {
    }

    /** The bytes of a .npy file holding {@code array} as {@code <f8}. */
    public static byte[] bytes(NpyArray array) {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': " + array.shapeText() + ", }";
        int unpadded = 10 + dict.length() + 1;
        String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        byte[] headerBytes = header.getBytes(StandardCharsets.ISO_8859_1);
        double[] values = array.values();
        ByteBuffer out = ByteBuffer.allocate(10 + headerBytes.length + 8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        out.putShort((short) headerBytes.length);
        out.put(headerBytes);
        for (double v : values) {
            out.putDouble(v);
        }
        return out.array();
    }

    /** Writes {@code array} to {@code path} atomically, never over one of {@code inputs}. */
    public static void write(Path path, NpyArray array, List<Path> inputs) throws IOException {
        byte[] bytes = bytes(array);
        AtomicOutput.write(path, inputs, out -> out.write(bytes));
    }
}
