package fr.gouv.travail.efp.captcha.builtin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Images per second of the builtin renderer (drawing and PNG encoding, one thread) after a
 * warm-up (3 seconds unless {@code --warmup=SECONDS}), for {@code npm run bench}; its tests run
 * it for a fraction of a second. No dependency beyond the JDK, so it runs from
 * the build folders (after {@code mvn test-compile}):
 *
 * <pre>
 * java -Djava.awt.headless=true \
 *   -cp keycloak-extension/target/classes:keycloak-extension/target/test-classes \
 *   fr.gouv.travail.efp.captcha.builtin.CaptchaRenderBenchmark [seconds] [--warmup=3] [--sample=/tmp/captcha.png]
 * </pre>
 *
 * Prints {@code images_per_second=N} on one line (what the bench parses), then the number of
 * images measured and the average PNG size. {@code --sample} also writes one image and its WAV beside it, to look and listen.
 */
public final class CaptchaRenderBenchmark {

    private CaptchaRenderBenchmark() {}

    public static void main(String[] args) throws IOException {
        double measureSeconds = 10;
        double warmUpSeconds = 3;
        for (String arg : args) {
            if (arg.startsWith("--warmup=")) {
                warmUpSeconds = Double.parseDouble(arg.substring("--warmup=".length()));
            } else if (arg.startsWith("--sample=")) {
                writeSample(Path.of(arg.substring("--sample=".length())));
            } else {
                measureSeconds = Double.parseDouble(arg);
            }
        }
        SecureRandom random = new SecureRandom();
        long bytes = 0;
        long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
        while (System.nanoTime() < warmUpEnd) {
            bytes += CaptchaImage.png(CaptchaCode.generate(random), random.nextLong()).length;
        }
        bytes = 0;
        int images = 0;
        long start = System.nanoTime();
        long end = start + (long) (measureSeconds * 1e9);
        while (System.nanoTime() < end) {
            bytes += CaptchaImage.png(CaptchaCode.generate(random), random.nextLong()).length;
            images++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "images_per_second=%.1f%n", images / seconds);
        System.out.printf(java.util.Locale.ROOT, "images=%d%n", images);
        System.out.printf(java.util.Locale.ROOT, "average_png_bytes=%d%n", bytes / Math.max(1, images));
    }

    private static void writeSample(Path png) throws IOException {
        SecureRandom random = new SecureRandom();
        String code = CaptchaCode.generate(random);
        long seed = random.nextLong();
        Files.write(png, CaptchaImage.png(code, seed));
        Path wav = png.resolveSibling(png.getFileName().toString().replaceFirst("\\.png$", "") + ".wav");
        Files.write(wav, CaptchaAudio.wav(code, seed));
        System.out.println("sample_code=" + code + " image=" + png + " audio=" + wav);
    }
}
