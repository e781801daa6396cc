package fr.gouv.travail.efp.captcha.builtin;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws a code as a distorted PNG: every glyph jittered vertex by vertex, turned, sheared and
 * placed off-grid, the whole image bent by two waves, with speckles and crossing curves.
 *
 * <p>Readability comes first (RGAA): thick near-black strokes on a near-white background (ink
 * contrast 9:1 or more), noise thinner and paler than the glyphs; the audio version covers
 * people who still cannot read it. The same seed gives the same bytes, so fetching the image
 * again never offers a second drawing whose noise could be averaged away.
 *
 * <p>Headless by construction: shapes and ImageIO only, no font, no display.
 */
public final class CaptchaImage {

    public static final int WIDTH = 240;
    public static final int HEIGHT = 80;
    private static final int MARGIN = 14;
    private static final Color BACKGROUND = new Color(0xf6, 0xf6, 0xf6);
    private static final Color[] INKS = {
        new Color(0x16, 0x16, 0x16),
        new Color(0x00, 0x00, 0x91),
        new Color(0x3a, 0x3a, 0x3a),
        new Color(0x6a, 0x1b, 0x1b)
    };

    private CaptchaImage() {}

    public static byte[] png(String code, long seed) {
        BufferedImage image = render(code, new Random(seed));
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** True when every character of {@code code} has a glyph. */
    public static boolean canDraw(String code) {
        return !code.isEmpty() && code.chars().allMatch(c -> GlyphStrokes.STROKES.containsKey((char) c));
    }

    static BufferedImage render(String code, Random random) {
        if (!canDraw(code)) {
            throw new IllegalArgumentException("no glyph for some character of the code");
        }
        BufferedImage flat = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        speckle(g, random, 260);

        double cell = (WIDTH - 2.0 * MARGIN) / code.length();
        // Long fixed answers (test provider) get narrower glyphs rather than overflowing.
        double baseScale = Math.min(6.8, cell / (GlyphStrokes.WIDTH + 0.8));
        for (int i = 0; i < code.length(); i++) {
            double x = MARGIN + i * cell + cell / 2 + random.nextGaussian() * 2;
            double y = HEIGHT / 2.0 + random.nextGaussian() * 3;
            drawGlyph(g, code.charAt(i), x, y, baseScale * (0.92 + random.nextDouble() * 0.16), random);
        }
        for (int i = 0; i < 3; i++) {
            curve(g, random);
        }
        g.dispose();
        return bend(flat, random);
    }

    private static void drawGlyph(Graphics2D g, char c, double centerX, double centerY, double scale, Random random) {
        AffineTransform transform = new AffineTransform();
        transform.translate(centerX, centerY);
        transform.rotate(Math.toRadians(random.nextGaussian() * 9));
        transform.shear(random.nextGaussian() * 0.15, 0);
        transform.scale(scale, scale);
        transform.translate(-GlyphStrokes.WIDTH / 2, -GlyphStrokes.HEIGHT / 2);
        Path2D.Double path = new Path2D.Double();
        for (double[] line : GlyphStrokes.STROKES.get(c)) {
            path.moveTo(jitter(line[0], random), jitter(line[1], random));
            for (int p = 2; p < line.length; p += 2) {
                path.lineTo(jitter(line[p], random), jitter(line[p + 1], random));
            }
        }
        g.setColor(INKS[random.nextInt(INKS.length)]);
        int cap = random.nextBoolean() ? BasicStroke.CAP_ROUND : BasicStroke.CAP_SQUARE;
        g.setStroke(new BasicStroke((float) (3.0 + random.nextDouble() * 1.2), cap, BasicStroke.JOIN_ROUND));
        g.draw(transform.createTransformedShape(path));
    }

    /** Small enough to keep the letter's identity, large enough to defeat template matching. */
    private static double jitter(double coordinate, Random random) {
        return coordinate + random.nextGaussian() * 0.09;
    }

    private static void curve(Graphics2D g, Random random) {
        g.setColor(new Color(0x70, 0x70, 0x70));
        g.setStroke(new BasicStroke(1.4f));
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, random.nextInt(HEIGHT));
        path.curveTo(
                WIDTH / 3.0,
                random.nextInt(HEIGHT),
                2 * WIDTH / 3.0,
                random.nextInt(HEIGHT),
                WIDTH,
                random.nextInt(HEIGHT));
        g.draw(path);
    }

    private static void speckle(Graphics2D g, Random random, int dots) {
        for (int i = 0; i < dots; i++) {
            int shade = 150 + random.nextInt(80);
            g.setColor(new Color(shade, shade, shade));
            g.fillRect(random.nextInt(WIDTH), random.nextInt(HEIGHT), 1 + random.nextInt(2), 1 + random.nextInt(2));
        }
    }

    /**
     * A row-wise horizontal and a column-wise vertical sine displacement: breaks straight
     * baselines and strokes. Works on the pixel arrays; per-pixel getRGB would dominate the cost.
     */
    private static BufferedImage bend(BufferedImage source, Random random) {
        // Long periods bend the baseline without making strokes wriggle: short ones hurt people
        // far more than they hurt OCR.
        double amplitudeY = 3 + random.nextDouble() * 2;
        double periodY = 90 + random.nextDouble() * 60;
        double phaseY = random.nextDouble() * Math.PI * 2;
        double amplitudeX = 1.5 + random.nextDouble();
        double periodX = 70 + random.nextDouble() * 30;
        double phaseX = random.nextDouble() * Math.PI * 2;
        int[] shiftX = new int[HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            shiftX[y] = (int) Math.round(amplitudeX * Math.sin(y / periodX * Math.PI * 2 + phaseX));
        }
        int[] shiftY = new int[WIDTH];
        for (int x = 0; x < WIDTH; x++) {
            shiftY[x] = (int) Math.round(amplitudeY * Math.sin(x / periodY * Math.PI * 2 + phaseY));
        }
        BufferedImage bent = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        int[] from = ((DataBufferInt) source.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) bent.getRaster().getDataBuffer()).getData();
        int background = BACKGROUND.getRGB();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int sx = x + shiftX[y];
                int sy = y + shiftY[x];
                to[y * WIDTH + x] =
                        sx >= 0 && sx < WIDTH && sy >= 0 && sy < HEIGHT ? from[sy * WIDTH + sx] : background;
            }
        }
        return bent;
    }
}
