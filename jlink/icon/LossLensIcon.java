import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the LossLens icon: a magnifying glass over a diverging gradient heatmap (blue = the loss
 * wants the logit up, red = down), the picture the app shows. Pure Java2D, so it is reproducible
 * on any JDK without image tools:
 *
 * <pre>java jlink/icon/LossLensIcon.java jlink/losslens.png 256</pre>
 */
public final class LossLensIcon {

    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "losslens.png");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        ImageIO.write(draw(size), "png", out);
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        // Tile: dark slate rounded square.
        g.setColor(new Color(0x1f2937));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));

        // Lens content: a diverging heatmap of a blob's boundary gradient (blue inside, red outside).
        double cx = 108;
        double cy = 108;
        double r = 76;
        Shape lens = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        BufferedImage heat = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                double dx = (x - cx) / r;
                double dy = (y - cy) / r;
                // signed distance to a slightly tilted ellipse (the ground-truth blob)
                double u = 0.9 * dx + 0.35 * dy;
                double v = -0.35 * dx + 0.9 * dy;
                double d = Math.sqrt(u * u / 0.42 + v * v / 0.22) - 1;
                double t = Math.tanh(2.2 * d) * Math.exp(-0.6 * d * d);
                heat.setRGB(x, y, diverging(t));
            }
        }
        g.setClip(lens);
        g.drawImage(heat, 0, 0, null);
        g.setClip(null);

        // Ground-truth contour through the heatmap.
        g.setColor(new Color(255, 255, 255, 230));
        g.setStroke(new BasicStroke(3.5f));
        g.rotate(Math.atan2(0.35, 0.9), cx, cy);
        double a = r * Math.sqrt(0.42) / Math.hypot(0.9, 0.35);
        double b = r * Math.sqrt(0.22) / Math.hypot(0.9, 0.35);
        g.draw(new Ellipse2D.Double(cx - a, cy - b, 2 * a, 2 * b));
        g.rotate(-Math.atan2(0.35, 0.9), cx, cy);

        // Rim and handle of the magnifying glass.
        g.setColor(new Color(0xe5e7eb));
        g.setStroke(new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(lens);
        g.setStroke(new BasicStroke(26f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double k = (r + 10) / Math.sqrt(2);
        g.draw(new Line2D.Double(cx + k, cy + k, 214, 214));
        g.dispose();
        return image;
    }

    /** Blue (−1) – white (0) – red (+1), like the app's gradient colour bar. */
    private static int diverging(double t) {
        Color neg = new Color(0x2166ac);
        Color pos = new Color(0xb2182b);
        Color mid = new Color(0xf7f7f7);
        Color end = t < 0 ? neg : pos;
        double s = Math.min(1, Math.abs(t));
        int red = (int) Math.round(mid.getRed() + s * (end.getRed() - mid.getRed()));
        int green = (int) Math.round(mid.getGreen() + s * (end.getGreen() - mid.getGreen()));
        int blue = (int) Math.round(mid.getBlue() + s * (end.getBlue() - mid.getBlue()));
        return 0xff000000 | red << 16 | green << 8 | blue;
    }
}
