package fr.gouv.travail.efp.captcha.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CaptchaImageTest {

    @Test
    void rendersAPngOfTheExpectedSize() throws IOException {
        byte[] png = CaptchaImage.png("ACK479", 42);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(png, 8));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(CaptchaImage.WIDTH, image.getWidth());
        assertEquals(CaptchaImage.HEIGHT, image.getHeight());
    }

    @Test
    void sameSeedSameBytesSoNoiseCannotBeAveragedAcrossFetches() {
        assertArrayEquals(CaptchaImage.png("ACK479", 42), CaptchaImage.png("ACK479", 42));
    }

    @Test
    void differsWithTheCodeAndWithTheSeed() {
        byte[] png = CaptchaImage.png("ACK479", 42);
        assertFalse(Arrays.equals(png, CaptchaImage.png("MNP235", 42)));
        assertFalse(Arrays.equals(png, CaptchaImage.png("ACK479", 43)));
    }

    @Test
    void glyphsAreDarkOnALightBackground() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CaptchaImage.png("WMKHNE", 7)));
        int dark = 0;
        int light = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                double luminance = luminance(image.getRGB(x, y));
                if (luminance < 0.05) {
                    dark++;
                } else if (luminance > 0.8) {
                    light++;
                }
            }
        }
        int pixels = image.getWidth() * image.getHeight();
        assertTrue(light > pixels * 0.6, "mostly light background: " + light);
        // Contrast ratio (L1 + 0.05) / (L2 + 0.05) of those inks against the background > 7.
        assertTrue(dark > 1500, "enough near-black ink to read the code: " + dark);
    }

    @Test
    void drawsEveryLetterAndDigitSoAnyFixedAnswerRenders() {
        assertTrue(CaptchaImage.canDraw("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"));
        assertTrue(CaptchaImage.png("EFPTEST", 1).length > 1000);
        assertFalse(CaptchaImage.canDraw("é"));
        assertThrows(IllegalArgumentException.class, () -> CaptchaImage.png("a", 1));
    }

    /** WCAG relative luminance. */
    private static double luminance(int rgb) {
        return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
