package org.losslens.imaging.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grey levels in [0, 1] from every PNG flavour, and clear errors for what is not one. */
class PngCodecTest {

    @TempDir
    Path dir;

    private GreyImage roundTrip(BufferedImage image) throws IOException {
        Path file = dir.resolve("image.png");
        ImageIO.write(image, "png", file.toFile());
        return PngCodec.read(file);
    }

    @Test
    void readsOneBitEightBitSixteenBitPaletteAndRgb() throws IOException {
        BufferedImage binary = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_BINARY);
        binary.getRaster().setSample(1, 0, 0, 1);
        assertArrayEquals(new double[] {0, 1}, roundTrip(binary).grey(), 0.0);

        BufferedImage grey8 = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey8.getRaster().setSample(0, 0, 0, 51);
        assertArrayEquals(new double[] {0.2, 0}, roundTrip(grey8).grey(), 1e-12);

        BufferedImage grey16 = new BufferedImage(1, 1, BufferedImage.TYPE_USHORT_GRAY);
        grey16.getRaster().setSample(0, 0, 0, 32768);
        assertEquals(32768.0 / 65535, roundTrip(grey16).grey()[0], 1e-12);

        byte[] levels = {0, (byte) 255};
        BufferedImage palette = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(1, 2, levels, levels, levels));
        palette.getRaster().setSample(0, 0, 0, 1);
        assertArrayEquals(new double[] {1, 0}, roundTrip(palette).grey(), 1e-12);

        BufferedImage rgb = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0xffffff);
        assertEquals(1, roundTrip(rgb).grey()[0], 1e-12);
    }

    @Test
    void probabilitiesSurviveASixteenBitRoundTrip() throws IOException {
        Path file = dir.resolve("p.png");
        double[] p = {0, 0.25, 0.7310585786, 1};
        PngCodec.writeProbabilities(file, 2, 2, p);
        GreyImage back = PngCodec.read(file);
        for (int i = 0; i < p.length; i++) {
            assertEquals(p[i], back.grey()[i], 1.0 / 65535);
        }
        assertTrue(!back.isBinary());
    }

    @Test
    void missingAndCorruptFilesAreNamedInTheError() throws IOException {
        IOException missing = assertThrows(IOException.class, () -> PngCodec.read(dir.resolve("none.png")));
        assertTrue(missing.getMessage().contains("none.png"));
        Path corrupt = dir.resolve("bad.png");
        Files.writeString(corrupt, "not a png");
        IOException bad = assertThrows(IOException.class, () -> PngCodec.read(corrupt));
        assertTrue(bad.getMessage().contains("bad.png"), bad.getMessage());
    }

    private static byte[] chunk(String type, byte[] data) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b.array(), 4, 4 + data.length);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    @Test
    void aHugeDeclaredSizeIsRefusedFromTheHeaderBeforeDecoding() throws IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(20000).putInt(20000);
        ihdr.put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        png.write(chunk("IHDR", ihdr.array()));
        png.write(chunk("IEND", new byte[0]));
        Path file = dir.resolve("bomb.png");
        Files.write(file, png.toByteArray());
        IOException e = assertThrows(IOException.class, () -> PngCodec.read(file));
        assertTrue(e.getMessage().contains("declares 20000x20000"), e.getMessage());
    }

    @Test
    void transparentPixelsReadAsBackground() throws IOException {
        BufferedImage rgba = new BufferedImage(3, 1, BufferedImage.TYPE_INT_ARGB);
        rgba.setRGB(0, 0, 0x00ffffff); // white, fully transparent
        rgba.setRGB(1, 0, 0xffffffff); // white, opaque
        rgba.setRGB(2, 0, 0x80ffffff); // white, half transparent
        assertArrayEquals(new double[] {0, 1, 128 / 255.0}, roundTrip(rgba).grey(), 1e-12);
    }

    @Test
    void aMissingFileIsNamedWithItsFolder() {
        IOException e = assertThrows(IOException.class, () -> PngCodec.read(dir.resolve("nonexistent.png")));
        assertTrue(e.getMessage().contains(dir.toAbsolutePath().resolve("nonexistent.png").toString()), e.getMessage());
    }
}
