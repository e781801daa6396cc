package fr.gouv.travail.efp.captcha.builtin;

import java.util.Map;

/**
 * Letters and digits as polylines on a 4 × 6 grid (x right, y down). We draw glyphs ourselves
 * rather than with {@code Graphics2D.drawString}: the official Keycloak container image ships no
 * font files and no fontconfig, where Java2D text fails or falls back to empty boxes, whereas
 * shapes need nothing but the JDK. Owning the outlines also lets the renderer jitter every
 * vertex, so no two drawings of a letter match a template.
 *
 * <p>Every letter and digit is here, not only {@link CaptchaCode#ALPHABET}: the test-only
 * provider draws any fixed answer (EFPTEST has an S).
 */
final class GlyphStrokes {

    private GlyphStrokes() {}

    static final double WIDTH = 4;
    static final double HEIGHT = 6;

    private static final double[] O_RING = {1, 0, 3, 0, 4, 1, 4, 5, 3, 6, 1, 6, 0, 5, 0, 1, 1, 0};

    /** Polylines of x, y pairs. */
    static final Map<Character, double[][]> STROKES = Map.ofEntries(
            Map.entry('A', new double[][] {{0, 6, 2, 0, 4, 6}, {1, 3.5, 3, 3.5}}),
            Map.entry('B', new double[][] {{0, 3, 0, 0, 3, 0, 4, 1, 4, 2, 3, 3, 0, 3, 0, 6, 3, 6, 4, 5, 4, 4, 3, 3}}),
            Map.entry('C', new double[][] {{4, 1, 3, 0, 1, 0, 0, 1, 0, 5, 1, 6, 3, 6, 4, 5}}),
            Map.entry('D', new double[][] {{0, 0, 0, 6, 2.5, 6, 4, 4, 4, 2, 2.5, 0, 0, 0}}),
            Map.entry('E', new double[][] {{4, 0, 0, 0, 0, 6, 4, 6}, {0, 3, 3, 3}}),
            Map.entry('F', new double[][] {{4, 0, 0, 0, 0, 6}, {0, 3, 3, 3}}),
            Map.entry('G', new double[][] {{4, 1, 3, 0, 1, 0, 0, 1, 0, 5, 1, 6, 3, 6, 4, 5, 4, 3.5, 2.3, 3.5}}),
            Map.entry('H', new double[][] {{0, 0, 0, 6}, {4, 0, 4, 6}, {0, 3, 4, 3}}),
            Map.entry('I', new double[][] {{1, 0, 3, 0}, {2, 0, 2, 6}, {1, 6, 3, 6}}),
            Map.entry('J', new double[][] {{4, 0, 4, 5, 3, 6, 1, 6, 0, 5}}),
            Map.entry('K', new double[][] {{0, 0, 0, 6}, {4, 0, 0, 3.5}, {1.3, 2.7, 4, 6}}),
            Map.entry('L', new double[][] {{0, 0, 0, 6, 4, 6}}),
            Map.entry('M', new double[][] {{0, 6, 0, 0, 2, 3, 4, 0, 4, 6}}),
            Map.entry('N', new double[][] {{0, 6, 0, 0, 4, 6, 4, 0}}),
            Map.entry('O', new double[][] {O_RING}),
            Map.entry('P', new double[][] {{0, 6, 0, 0, 3, 0, 4, 1, 4, 2, 3, 3, 0, 3}}),
            Map.entry('Q', new double[][] {O_RING, {2.5, 4.5, 4, 6.3}}),
            Map.entry('R', new double[][] {{0, 6, 0, 0, 3, 0, 4, 1, 4, 2, 3, 3, 0, 3}, {2, 3, 4, 6}}),
            Map.entry('S', new double[][] {{4, 1, 3, 0, 1, 0, 0, 1, 0, 2, 1, 3, 3, 3, 4, 4, 4, 5, 3, 6, 1, 6, 0, 5}}),
            Map.entry('T', new double[][] {{0, 0, 4, 0}, {2, 0, 2, 6}}),
            Map.entry('U', new double[][] {{0, 0, 0, 5, 1, 6, 3, 6, 4, 5, 4, 0}}),
            Map.entry('V', new double[][] {{0, 0, 2, 6, 4, 0}}),
            Map.entry('W', new double[][] {{0, 0, 1, 6, 2, 2, 3, 6, 4, 0}}),
            Map.entry('X', new double[][] {{0, 0, 4, 6}, {4, 0, 0, 6}}),
            Map.entry('Y', new double[][] {{0, 0, 2, 3, 4, 0}, {2, 3, 2, 6}}),
            Map.entry('Z', new double[][] {{0, 0, 4, 0, 0, 6, 4, 6}}),
            Map.entry('0', new double[][] {O_RING, {3.2, 1.3, 0.8, 4.7}}),
            Map.entry('1', new double[][] {{0.8, 1.5, 2.5, 0, 2.5, 6}, {1, 6, 4, 6}}),
            Map.entry('2', new double[][] {{0, 1, 1, 0, 3, 0, 4, 1, 4, 2, 0, 6, 4, 6}}),
            Map.entry('3', new double[][] {{0, 0, 4, 0, 2, 2.5, 3, 2.5, 4, 3.5, 4, 5, 3, 6, 1, 6, 0, 5}}),
            Map.entry('4', new double[][] {{3, 6, 3, 0, 0, 4, 4, 4}}),
            Map.entry('5', new double[][] {{4, 0, 0, 0, 0, 2.5, 3, 2.5, 4, 3.5, 4, 5, 3, 6, 0, 6}}),
            Map.entry('6', new double[][] {{4, 0, 2, 0, 0, 2, 0, 5, 1, 6, 3, 6, 4, 5, 4, 4, 3, 3, 0, 3}}),
            Map.entry('7', new double[][] {{0, 0, 4, 0, 1.5, 6}}),
            Map.entry('8', new double[][] {
                {1, 3, 0, 2, 0, 1, 1, 0, 3, 0, 4, 1, 4, 2, 3, 3, 1, 3, 0, 4, 0, 5, 1, 6, 3, 6, 4, 5, 4, 4, 3, 3}
            }),
            Map.entry('9', new double[][] {{4, 3, 1, 3, 0, 2, 0, 1, 1, 0, 3, 0, 4, 1, 4, 4, 2, 6}}));
}
