package org.losslens.imaging.render;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.losslens.core.loss.Target;
import org.losslens.core.tensor.Tensor;
import org.losslens.imaging.colormap.DivergingColormap;

/**
 * Draws gradient heatmaps ∂L/∂logit: a diverging colormap centred at 0 on a symmetric range, the
 * ground-truth contour in black, a colour bar with numbers, and the loss id and value as a title.
 * Several panels make a grid, with one shared range or one range per panel.
 */
public final class HeatmapRenderer {

    /** One panel: a loss's gradient (channel 0 is drawn) on its ground truth. */
    public record Panel(String title, Tensor gradient, Target target) {
    }

    private static final int TITLE = 24;
    private static final int BAR = 14;
    private static final int BAR_LABELS = 78;
    private static final int GAP = 16;
    private static final DivergingColormap COLORMAP = new DivergingColormap();

    private HeatmapRenderer() {
    }

    /** Largest |value| of channel 0, or a tiny positive range for an all-zero gradient. */
    public static double autoRange(Tensor gradient) {
        int n = gradient.shape().pixels();
        double m = 0;
        for (int i = 0; i < n; i++) {
            m = Math.max(m, Math.abs(gradient.get(i)));
        }
        return m > 0 ? m : Double.MIN_NORMAL;
    }

    /**
     * @param columns panels per row
     * @param scale   screen pixels per image pixel (integer upscaling keeps pixels crisp)
     */
    public static BufferedImage grid(List<Panel> panels, int columns, int scale, boolean sharedRange) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("nothing to render: no panels");
        }
        int h = panels.get(0).gradient().shape().height();
        int w = panels.get(0).gradient().shape().width();
        double shared = panels.stream().mapToDouble(p -> autoRange(p.gradient())).max().orElse(1);
        int cellWidth = w * scale + GAP + BAR + BAR_LABELS;
        int cellHeight = TITLE + h * scale + GAP;
        int rows = (panels.size() + columns - 1) / columns;
        int cols = Math.min(columns, panels.size());
        BufferedImage image = new BufferedImage(GAP + cols * cellWidth, GAP + rows * cellHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = Fonts.canvas(image);
        for (int k = 0; k < panels.size(); k++) {
            Panel p = panels.get(k);
            double range = sharedRange ? shared : autoRange(p.gradient());
            draw(g, p, GAP + (k % columns) * cellWidth, GAP + (k / columns) * cellHeight, scale, range);
        }
        g.dispose();
        return image;
    }

    private static void draw(Graphics2D g, Panel p, int x0, int y0, int scale, double range) {
        int h = p.gradient().shape().height();
        int w = p.gradient().shape().width();
        g.setColor(Color.BLACK);
        g.setFont(Fonts.TITLE);
        g.drawString(p.title(), x0, y0 + 16);
        g.setFont(Fonts.LABEL);
        int top = y0 + TITLE;
        BufferedImage pixels = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < h * w; i++) {
            pixels.setRGB(i % w, i / w, COLORMAP.argb(p.gradient().get(i), range));
        }
        g.drawImage(pixels, x0, top, w * scale, h * scale, null);
        g.setColor(Color.BLACK);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean in = foreground(p.target(), w, h, x, y);
                if (in != foreground(p.target(), w, h, x + 1, y) && x + 1 < w) {
                    g.drawLine(x0 + (x + 1) * scale, top + y * scale, x0 + (x + 1) * scale, top + (y + 1) * scale);
                }
                if (in != foreground(p.target(), w, h, x, y + 1) && y + 1 < h) {
                    g.drawLine(x0 + x * scale, top + (y + 1) * scale, x0 + (x + 1) * scale, top + (y + 1) * scale);
                }
            }
        }
        int barX = x0 + w * scale + GAP;
        int barHeight = h * scale;
        for (int y = 0; y < barHeight; y++) {
            double value = range * (1 - 2.0 * y / Math.max(1, barHeight - 1));
            g.setColor(new Color(COLORMAP.argb(value, range), true));
            g.drawLine(barX, top + y, barX + BAR, top + y);
        }
        g.setColor(Color.BLACK);
        g.drawRect(barX, top, BAR, barHeight);
        FontMetrics fm = g.getFontMetrics();
        String[] labels = {String.format(java.util.Locale.ROOT, "%+.2e", range), "0",
            String.format(java.util.Locale.ROOT, "%+.2e", -range)};
        int[] ys = {top + fm.getAscent(), top + barHeight / 2 + fm.getAscent() / 2, top + barHeight};
        for (int i = 0; i < 3; i++) {
            g.drawString(labels[i], barX + BAR + 4, ys[i]);
        }
    }

    private static boolean foreground(Target t, int w, int h, int x, int y) {
        return x >= 0 && y >= 0 && x < w && y < h && t.oneHot(y * w + x) >= 0.5;
    }
}
