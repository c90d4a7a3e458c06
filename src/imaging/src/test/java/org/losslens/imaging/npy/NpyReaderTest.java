package org.losslens.imaging.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every branch of the .npy reader, on files written byte by byte here as NEP 1 lays them out (the
 * bytes numpy.save writes for the same arrays: magic, version, little-endian header length, the dict
 * padded with spaces and ended by a newline to a multiple of 64 bytes, then the data).
 */
class NpyReaderTest {

    @TempDir
    Path dir;

    /** A 2×3 array 0, 1.5, −2, 3, 4.25, 5 in C order. */
    private static final double[] SIX = {0, 1.5, -2, 3, 4.25, 5};

    private Path write(int major, String dict, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        int lengthBytes = major == 1 ? 2 : 4;
        int unpadded = 8 + lengthBytes + dict.length() + 1;
        String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        byte[] headerBytes = header.getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        ByteBuffer length = ByteBuffer.allocate(lengthBytes).order(ByteOrder.LITTLE_ENDIAN);
        if (major == 1) {
            length.putShort((short) headerBytes.length);
        } else {
            length.putInt(headerBytes.length);
        }
        out.write(length.array());
        out.write(headerBytes);
        out.write(data);
        Path file = dir.resolve("a" + System.nanoTime() + ".npy");
        Files.write(file, out.toByteArray());
        return file;
    }

    private static String dict(String descr, boolean fortran, String shape) {
        return "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + shape
                + ", }";
    }

    private static byte[] encode(double[] values, String descr) {
        ByteOrder order = descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int size = Integer.parseInt(descr.substring(2));
        ByteBuffer b = ByteBuffer.allocate(values.length * size).order(order);
        for (double v : values) {
            switch (descr.substring(1)) {
                case "f2" -> b.putShort(Float.floatToFloat16((float) v));
                case "f4" -> b.putFloat((float) v);
                case "f8" -> b.putDouble(v);
                case "i1", "u1", "b1" -> b.put((byte) v);
                case "i2", "u2" -> b.putShort((short) v);
                case "i4", "u4" -> b.putInt((int) v);
                case "i8", "u8" -> b.putLong((long) v);
                default -> throw new IllegalArgumentException(descr);
            }
        }
        return b.array();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<f8", ">f8", "=f8", "<f4", ">f4", "<f2", ">f2"})
    void floatsInEitherByteOrder(String descr) throws IOException {
        NpyArray a = NpyReader.read(write(1, dict(descr, false, "(2, 3)"), encode(SIX, descr)));
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertArrayEquals(SIX, a.values(), 0.0); // every value is exact in half precision too
        assertEquals(descr, a.dtype());
        assertFalse(a.integral());
    }

    @Test
    void float32KeepsItsOwnRoundingNotARoundTripThroughText() throws IOException {
        double[] tenth = {0.1, 0.2, 0.3, 0.4};
        NpyArray a = NpyReader.read(write(1, dict("<f4", false, "(2, 2)"), encode(tenth, "<f4")));
        assertEquals((double) 0.1f, a.values()[0], 0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"|i1", "|u1", "<i2", ">i2", "<u2", ">u2", "<i4", ">i4", "<u4", "<i8", ">i8", "<u8", "|b1"})
    void integerAndBooleanLabelMaps(String descr) throws IOException {
        double[] labels = descr.endsWith("b1") ? new double[] {0, 1, 1, 0, 1, 0} : new double[] {0, 1, 2, 3, 1, 0};
        NpyArray a = NpyReader.read(write(1, dict(descr, false, "(2, 3)"), encode(labels, descr)));
        assertArrayEquals(labels, a.values(), 0.0);
        assertTrue(a.integral());
    }

    @Test
    void signedAndUnsignedReadTheSameBitsDifferently() throws IOException {
        byte[] minusOne = {(byte) 0xff, (byte) 0xff};
        assertEquals(-1, NpyReader.read(write(1, dict("<i2", false, "(1, 1)"), minusOne)).values()[0]);
        assertEquals(65535, NpyReader.read(write(1, dict("<u2", false, "(1, 1)"), minusOne)).values()[0]);
        byte[] allOnes = new byte[8];
        Arrays.fill(allOnes, (byte) 0xff);
        assertEquals(18446744073709551615.0, NpyReader.read(write(1, dict("<u8", false, "(1, 1)"), allOnes)).values()[0]);
    }

    @Test
    void fortranOrderComesBackInCOrder() throws IOException {
        // numpy.asfortranarray of [[0, 1.5, -2], [3, 4.25, 5]] stores the columns one after another
        double[] columns = {0, 3, 1.5, 4.25, -2, 5};
        NpyArray a = NpyReader.read(write(1, dict("<f8", true, "(2, 3)"), encode(columns, "<f8")));
        assertArrayEquals(SIX, a.values(), 0.0);

        // C×H×W = 2×2×3: element (c, y, x) = 100c + 10y + x, stored with c fastest, then y, then x
        double[] expected = new double[12];
        double[] fortran = new double[12];
        for (int c = 0; c < 2; c++) {
            for (int y = 0; y < 2; y++) {
                for (int x = 0; x < 3; x++) {
                    expected[(c * 2 + y) * 3 + x] = 100 * c + 10 * y + x;
                    fortran[c + 2 * (y + 2 * x)] = 100 * c + 10 * y + x;
                }
            }
        }
        NpyArray cube = NpyReader.read(write(1, dict("<f8", true, "(2, 2, 3)"), encode(fortran, "<f8")));
        assertArrayEquals(new int[] {2, 2, 3}, cube.shape());
        assertArrayEquals(expected, cube.values(), 0.0);
    }

    @Test
    void versionsTwoAndThreeHaveAFourByteHeaderLength() throws IOException {
        assertArrayEquals(SIX, NpyReader.read(write(2, dict("<f8", false, "(2, 3)"), encode(SIX, "<f8"))).values(), 0.0);
        assertArrayEquals(SIX, NpyReader.read(write(3, dict("<f8", false, "(2, 3)"), encode(SIX, "<f8"))).values(), 0.0);
    }

    @Test
    void keysInAnyOrderDoubleQuotesAndNoTrailingComma() throws IOException {
        String header = "{\"shape\": (2,3), \"fortran_order\": False, \"descr\": \"<f8\"}";
        assertArrayEquals(SIX, NpyReader.read(write(1, header, encode(SIX, "<f8"))).values(), 0.0);
    }

    @Test
    void channelsByHeightByWidth() throws IOException {
        double[] values = new double[4 * 2 * 3];
        Arrays.setAll(values, i -> i * 0.5);
        NpyArray a = NpyReader.read(write(1, dict("<f4", false, "(4, 2, 3)"), encode(values, "<f4")));
        assertEquals(3, a.rank());
        assertEquals("(4, 2, 3)", a.shapeText());
        assertArrayEquals(values, a.values(), 0.0);
    }

    private String refusal(Path file) {
        return assertThrows(IOException.class, () -> NpyReader.read(file)).getMessage();
    }

    @Test
    void unsupportedDtypesAreNamed() throws IOException {
        assertTrue(refusal(write(1, dict("|O", false, "(2, 3)"), new byte[48])).contains("object array"));
        assertTrue(refusal(write(1, dict("<c16", false, "(2, 3)"), new byte[96])).contains("complex"));
        assertTrue(refusal(write(1, dict("<U4", false, "(2, 3)"), new byte[96])).contains("strings"));
        assertTrue(refusal(write(1, dict("<f16", false, "(2, 3)"), new byte[96])).contains("'<f16'"));
        String structured = "{'descr': [('x', '<f8'), ('y', '<f8')], 'fortran_order': False, 'shape': (2, 3), }";
        assertTrue(refusal(write(1, structured, new byte[96])).contains("structured dtype"));
    }

    @Test
    void otherRanksAndEmptyOrHugeShapesAreRefusedFromTheHeader() throws IOException {
        assertTrue(refusal(write(1, dict("<f8", false, "(6,)"), encode(SIX, "<f8"))).contains("H×W or C×H×W"));
        assertTrue(refusal(write(1, dict("<f8", false, "(1, 1, 2, 3)"), encode(SIX, "<f8"))).contains("(1, 1, 2, 3)"));
        assertTrue(refusal(write(1, dict("<f8", false, "(0, 3)"), new byte[0])).contains("no pixels"));
        // 20000² declared by a file of a few bytes: refused before any allocation
        assertTrue(refusal(write(1, dict("<f8", false, "(20000, 20000)"), new byte[8])).contains("at most"));
        assertTrue(refusal(write(1, dict("<f8", false, "(65, 2, 2)"), new byte[8])).contains("channels"));
    }

    @Test
    void malformedOrTruncatedFilesSayWhere() throws IOException {
        Path notNpy = dir.resolve("text.npy");
        Files.writeString(notNpy, "hello, world");
        assertTrue(refusal(notNpy).contains("not a NumPy .npy file"));

        Path tiny = dir.resolve("tiny.npy");
        Files.write(tiny, new byte[] {(byte) 0x93, 'N', 'U'});
        assertTrue(refusal(tiny).contains("ends inside the magic"));

        assertTrue(refusal(write(1, dict("<f8", false, "(2, 3)"), new byte[20])).contains("ends inside the data"));
        assertTrue(refusal(write(1, "{'descr': '<f8', 'shape': (2, 3)}", encode(SIX, "<f8"))).contains("lacks"));
        assertTrue(refusal(write(1, "{'descr': '<f8' 'fortran_order': False}", encode(SIX, "<f8"))).contains("malformed"));
        assertTrue(refusal(write(1, dict("<f8", false, "(2, x)"), encode(SIX, "<f8"))).contains("malformed"));
        assertTrue(refusal(dir.resolve("missing.npy")).contains("cannot read"));
    }

    @Test
    void unknownFormatVersionsAreRefused() throws IOException {
        Path file = write(1, dict("<f8", false, "(2, 3)"), encode(SIX, "<f8"));
        byte[] bytes = Files.readAllBytes(file);
        bytes[6] = 9;
        Files.write(file, bytes);
        assertTrue(refusal(file).contains("version 9.0"));
    }

    private static Path resource(String name) {
        try {
            return Path.of(NpyReaderTest.class.getResource("/npy/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files written by numpy 1.24's own numpy.save (src/test/resources/npy), not by this test. */
    @Test
    void readsWhatNumpySaveWrote() throws IOException {
        assertArrayEquals(SIX, NpyReader.read(resource("c_f8.npy")).values(), 0.0);
        NpyArray fortran = NpyReader.read(resource("fortran_f4_be.npy"));
        assertEquals(">f4", fortran.dtype());
        assertArrayEquals(SIX, fortran.values(), 0.0);
        double[] halves = new double[24];
        Arrays.setAll(halves, i -> i * 0.5);
        assertArrayEquals(halves, NpyReader.read(resource("chw_f4.npy")).values(), 0.0);
        assertArrayEquals(new double[] {0, 1, 2, 3, 1, 0}, NpyReader.read(resource("labels_u1.npy")).values(), 0.0);
        assertArrayEquals(new double[] {1, 0, 1, 0, 0, 1}, NpyReader.read(resource("mask_bool.npy")).values(), 0.0);
        assertTrue(refusal(resource("object.npy")).contains("object array"));
    }
}
