package org.losslens.app.optimise;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.losslens.app.theme.Palette;
import org.losslens.app.i18n.Messages;
import org.losslens.app.masks.Masks;
import org.losslens.core.sweep.SweepProgress;

/**
 * Writes a run as a PNG sequence for slides: replays it from the start (same losses, parameters and
 * settings; the descent is deterministic) and saves every panel side by side — probability in grey,
 * ground-truth contour in amber, loss / Dice / IoU in the caption — as {@code frame-00000.png}, … .
 * Plain AWT, so it runs off the FX thread and headless.
 */
public final class FrameSequence {

    private static final int CAPTION = 34;
    private static final int GAP = 6;

    private FrameSequence() {
    }

    /**
     * @param every    write every {@code every}-th step (and always step 0 and the last)
     * @param progress told after each step; once cancelled, writing stops after the current file
     * @return the number of files written
     */
    public static int write(OptimiseViewModel.Replay replay, Path folder, int every, int scale, SweepProgress progress,
                            Messages messages) throws IOException {
        Files.createDirectories(folder);
        LockstepDescent descent = replay.descent();
        int written = 0;
        for (int k = 0; k <= replay.steps(); k++) {
            if (progress.isCancelled()) {
                break;
            }
            if (k % every == 0 || k == replay.steps()) {
                BufferedImage image = render(descent.frame(), scale, messages);
                ImageIO.write(image, "png", folder.resolve(String.format(Locale.ROOT, "frame-%05d.png", k)).toFile());
                written++;
            }
            if (k < replay.steps()) {
                descent.step();
            }
            progress.completed(k + 1, replay.steps() + 1);
        }
        return written;
    }

    /** One frame: the panels side by side with captions. */
    public static BufferedImage render(Frame frame, int scale, Messages messages) {
        Masks m = frame.start();
        int w = m.width() * scale;
        int h = m.height() * scale;
        int n = frame.panels().size();
        BufferedImage out = new BufferedImage(n * w + (n + 1) * GAP, h + CAPTION + 2 * GAP, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Palette.FRAME_BACKGROUND);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        List<String> names = OptimiseViewModel.panelNames(frame);
        BufferedImage prob = new BufferedImage(m.width(), m.height(), BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < n; i++) {
            Frame.Panel panel = frame.panels().get(i);
            prob.setRGB(0, 0, m.width(), m.height(), greys(panel.probability()), 0, m.width());
            int x0 = GAP + i * (w + GAP);
            int y0 = CAPTION + GAP;
            g.drawImage(prob, x0, y0, w, h, null);
            g.setColor(Palette.FRAME_CONTOUR);
            g.setStroke(new BasicStroke(Math.max(1f, scale / 2f)));
            contour(g, m, x0, y0, scale);
            g.setColor(new Color(Palette.seriesRgb(i)));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            g.drawString(names.get(i), x0, GAP + 12);
            g.setColor(Palette.FRAME_CAPTION);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.drawString(PanelsCanvas.caption(frame, panel, messages), x0, GAP + 27);
        }
        g.setColor(Palette.FRAME_FOOTER);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        String step = messages.get("optimise.stepNumber", String.valueOf(frame.step()));
        g.drawString(step, out.getWidth() - GAP - g.getFontMetrics().stringWidth(step), GAP + 12);
        g.dispose();
        return out;
    }

    /** p ∈ [0, 1] as opaque grey ARGB (white = 1). */
    static int[] greys(double[] p) {
        int[] argb = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            int v = (int) Math.round(255 * Math.max(0, Math.min(1, p[i])));
            argb[i] = 0xff000000 | v << 16 | v << 8 | v;
        }
        return argb;
    }

    private static void contour(Graphics2D g, Masks m, int x0, int y0, int s) {
        for (int y = 0; y <= m.height(); y++) {
            for (int x = 0; x <= m.width(); x++) {
                boolean here = on(m, x, y);
                if (here != on(m, x - 1, y) && y < m.height()) {
                    g.drawLine(x0 + x * s, y0 + y * s, x0 + x * s, y0 + (y + 1) * s);
                }
                if (here != on(m, x, y - 1) && x < m.width()) {
                    g.drawLine(x0 + x * s, y0 + y * s, x0 + (x + 1) * s, y0 + y * s);
                }
            }
        }
    }

    private static boolean on(Masks m, int x, int y) {
        return m.contains(x, y) && m.groundTruth(m.index(x, y)) >= 0.5;
    }
}
