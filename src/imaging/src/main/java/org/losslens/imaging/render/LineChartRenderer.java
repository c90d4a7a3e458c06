package org.losslens.imaging.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.losslens.core.sweep.Curves;

/**
 * Draws {@link Curves} as a line chart (Java2D): axes with nice ticks, optional logarithmic x, one
 * coloured line per series (Okabe–Ito palette, colour-blind safe) and a legend.
 */
public final class LineChartRenderer {

    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)
    };
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 36;
    private static final int BOTTOM = 50;

    private LineChartRenderer() {
    }

    /**
     * @param logX plot x on a logarithmic scale (all x must be &gt; 0)
     */
    public static BufferedImage render(Curves curves, String title, String yLabel, boolean logX, int width, int height) {
        List<Curves.Series> series = curves.series();
        int legendRows = (series.size() + 3) / 4;
        int plotBottom = height - BOTTOM - 18 * legendRows;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = Fonts.canvas(image);
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (double x : curves.x()) {
            xMin = Math.min(xMin, logX ? Math.log10(x) : x);
            xMax = Math.max(xMax, logX ? Math.log10(x) : x);
        }
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Curves.Series s : series) {
            for (double y : s.y()) {
                if (Double.isFinite(y)) {
                    yMin = Math.min(yMin, y);
                    yMax = Math.max(yMax, y);
                }
            }
        }
        if (!(yMax > yMin)) {
            yMin -= 0.5;
            yMax += 0.5;
        }
        double pad = 0.05 * (yMax - yMin);
        yMin -= pad;
        yMax += pad;
        if (!(xMax > xMin)) {
            xMax = xMin + 1;
        }
        Frame frame = new Frame(LEFT, width - RIGHT, TOP, plotBottom, xMin, xMax, yMin, yMax);

        g.setColor(Color.BLACK);
        g.setFont(Fonts.TITLE);
        g.drawString(title, LEFT, 22);
        g.setFont(Fonts.LABEL);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(new Color(0xE0E0E0));
        List<Double> yTicks = AxisTicks.linear(yMin, yMax, 6);
        List<Double> xTicks = logX ? AxisTicks.decades(Math.pow(10, xMin), Math.pow(10, xMax))
                : AxisTicks.linear(xMin, xMax, 8);
        for (double t : yTicks) {
            g.drawLine(frame.left, frame.y(t), frame.right, frame.y(t));
        }
        for (double t : xTicks) {
            int x = frame.x(logX ? Math.log10(t) : t);
            g.drawLine(x, frame.top, x, frame.bottom);
        }
        g.setColor(Color.BLACK);
        g.drawRect(frame.left, frame.top, frame.right - frame.left, frame.bottom - frame.top);
        for (double t : yTicks) {
            String label = AxisTicks.label(t);
            g.drawString(label, frame.left - 6 - fm.stringWidth(label), frame.y(t) + fm.getAscent() / 2 - 1);
        }
        for (double t : xTicks) {
            String label = logX ? AxisTicks.decade(Math.round(Math.log10(t))) : AxisTicks.label(t);
            int x = frame.x(logX ? Math.log10(t) : t);
            g.drawString(label, x - fm.stringWidth(label) / 2, frame.bottom + fm.getAscent() + 4);
        }
        String xLabel = curves.xLabel() + (logX ? " (log scale)" : "");
        g.drawString(xLabel, (frame.left + frame.right - fm.stringWidth(xLabel)) / 2, frame.bottom + 2 * fm.getHeight() + 4);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        rotated.drawString(yLabel, -(frame.top + frame.bottom + fm.stringWidth(yLabel)) / 2, 16);
        rotated.dispose();

        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setClip(frame.left, frame.top, frame.right - frame.left + 1, frame.bottom - frame.top + 1);
        for (int s = 0; s < series.size(); s++) {
            g.setColor(PALETTE[s % PALETTE.length]);
            Path2D.Double path = new Path2D.Double();
            boolean drawing = false;
            double[] y = series.get(s).y();
            for (int i = 0; i < y.length; i++) {
                if (!Double.isFinite(y[i])) {
                    drawing = false;
                    continue;
                }
                double px = frame.xExact(logX ? Math.log10(curves.x()[i]) : curves.x()[i]);
                double py = frame.yExact(y[i]);
                if (drawing) {
                    path.lineTo(px, py);
                } else {
                    path.moveTo(px, py);
                    drawing = true;
                }
            }
            g.draw(path);
        }
        g.setClip(null);
        int legendTop = plotBottom + BOTTOM - 4;
        int column = (width - LEFT - RIGHT) / 4;
        for (int s = 0; s < series.size(); s++) {
            int x = LEFT + (s % 4) * column;
            int y = legendTop + (s / 4) * 18;
            g.setColor(PALETTE[s % PALETTE.length]);
            g.fillRect(x, y - 5, 18, 4);
            g.setColor(Color.BLACK);
            g.drawString(series.get(s).name(), x + 24, y);
        }
        g.dispose();
        return image;
    }

    /** Maps data coordinates to pixels inside the plot area. */
    private record Frame(int left, int right, int top, int bottom, double xMin, double xMax, double yMin, double yMax) {
        double xExact(double x) {
            return left + (x - xMin) / (xMax - xMin) * (right - left);
        }

        double yExact(double y) {
            return bottom - (y - yMin) / (yMax - yMin) * (bottom - top);
        }

        int x(double x) {
            return (int) Math.round(xExact(x));
        }

        int y(double y) {
            return (int) Math.round(yExact(y));
        }
    }
}
