package org.losslens.app.files;

import org.losslens.imaging.png.GreyImage;
import org.losslens.imaging.png.PngCodec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.losslens.app.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaskImportTest {

    @Test
    void sixteenBitPredictionRoundTripsAndGtIsThresholded(@TempDir Path dir) throws IOException {
        double[] p = new double[32 * 32];
        double[] gt = new double[32 * 32];
        for (int i = 0; i < p.length; i++) {
            p[i] = (i % 97) / 96.0;
            gt[i] = i % 3 == 0 ? 1 : 0;
        }
        Path pp = dir.resolve("p.png");
        Path gp = dir.resolve("gt.png");
        PngCodec.writeProbabilities(pp, 32, 32, p);
        PngCodec.writeBinary(gp, 32, 32, gt);
        GreyImage readP = PngCodec.read(pp);
        for (int i = 0; i < p.length; i++) {
            assertEquals(p[i], readP.grey()[i], 1.0 / 65535);
        }
        MaskImport.Result g = MaskImport.groundTruth(PngCodec.read(gp), 32, 32);
        assertArrayEquals(gt, g.values());
        assertTrue(g.notices().isEmpty());
    }

    @Test
    void greyGtIsThresholdedWithANotice() {
        double[] grey = new double[32 * 32];
        grey[0] = 0.7;
        grey[1] = 0.3;
        MaskImport.Result r = MaskImport.groundTruth(new GreyImage(32, 32, grey), 32, 32);
        assertEquals(1, r.values()[0]);
        assertEquals(0, r.values()[1]);
        assertEquals("import.notBinary", r.notices().get(0).key());
        assertTrue(r.notices().get(0).text(new Messages(Messages.ENGLISH)).contains("not binary"));
    }

    @Test
    void largeImagesAreDownscaledWithAMessageAndTinyOnesRefused() {
        List<ImportNotice> notices = new ArrayList<>();
        GreyImage fitted = MaskImport.fitToLimits(new GreyImage(1024, 600, new double[1024 * 600]), notices);
        assertEquals(512, fitted.width());
        assertEquals(300, fitted.height());
        assertTrue(notices.get(0).text(new Messages(Messages.ENGLISH)).contains("downscaled to 512×300"));
        assertTrue(notices.get(0).text(new Messages(Messages.SIMPLIFIED_CHINESE)).contains("512×300"));
        assertThrows(IllegalArgumentException.class,
                () -> MaskImport.fitToLimits(new GreyImage(8, 8, new double[64]), new ArrayList<>()));
    }

    @Test
    void readsPaletteAndRgbAsLuminanceAndRejectsGarbage(@TempDir Path dir) throws IOException {
        BufferedImage rgb = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0xffffff);
        GreyImage g = PngCodec.toGrey(rgb);
        assertEquals(1.0, g.grey()[0], 1e-12);
        assertEquals(0.0, g.grey()[1], 1e-12);
        BufferedImage oneBit = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_BINARY);
        oneBit.getRaster().setSample(3, 0, 0, 1);
        assertEquals(1.0, PngCodec.toGrey(oneBit).grey()[3], 1e-12);
        Path junk = dir.resolve("junk.png");
        Files.writeString(junk, "this is not a png");
        IOException e = assertThrows(IOException.class, () -> PngCodec.read(junk));
        assertTrue(e.getMessage().contains("junk.png"));
        assertThrows(IOException.class, () -> PngCodec.read(dir.resolve("missing.png")));
    }
}
