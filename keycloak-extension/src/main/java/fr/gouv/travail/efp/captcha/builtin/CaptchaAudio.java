package fr.gouv.travail.efp.captcha.builtin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The code read aloud in French, as one WAV (8 kHz, mono, 8-bit PCM, what every browser plays):
 * "Le code de sécurité est", then each character spelt ("M, comme Marcel"), separated by pauses
 * of about 0.6 s, over a faint hiss. Pause lengths and hiss come from the challenge's seed, so
 * a second fetch returns the same bytes. Clips come from scripts/generate-captcha-voice.sh.
 */
public final class CaptchaAudio {

    static final int SAMPLE_RATE = 8000;
    static final int HEADER_BYTES = 44;
    private static final int SILENCE = 128;
    private static final Map<String, byte[]> CLIPS = new ConcurrentHashMap<>();

    private CaptchaAudio() {}

    public static byte[] wav(String code, long seed) {
        Random random = new Random(seed);
        ByteArrayOutputStream samples = new ByteArrayOutputStream(SAMPLE_RATE * (3 + 3 * code.length()));
        silence(samples, SAMPLE_RATE / 4);
        append(samples, clip("intro"));
        for (char c : code.toCharArray()) {
            silence(samples, SAMPLE_RATE / 2 + random.nextInt(SAMPLE_RATE / 5));
            append(samples, clip(String.valueOf(c)));
        }
        silence(samples, SAMPLE_RATE / 3);
        byte[] pcm = samples.toByteArray();
        for (int i = 0; i < pcm.length; i++) {
            int value = (pcm[i] & 0xff) + random.nextInt(5) - 2;
            pcm[i] = (byte) Math.max(0, Math.min(255, value));
        }
        return withHeader(pcm);
    }

    /** True when every character of {@code code} has a voice clip. */
    public static boolean canSpeak(String code) {
        return !code.isEmpty()
                && code.chars()
                        .allMatch(c -> CaptchaAudio.class.getResource(resource(String.valueOf((char) c))) != null);
    }

    private static void append(ByteArrayOutputStream out, byte[] pcm) {
        out.write(pcm, 0, pcm.length);
    }

    private static void silence(ByteArrayOutputStream out, int samples) {
        for (int i = 0; i < samples; i++) {
            out.write(SILENCE);
        }
    }

    static byte[] withHeader(byte[] pcm) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt(36 + pcm.length).put(ascii("WAVE"));
        // fmt chunk: PCM, mono, rate, byte rate, block align 1, 8 bits per sample.
        header.put(ascii("fmt "))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(SAMPLE_RATE)
                .putInt(SAMPLE_RATE)
                .putShort((short) 1)
                .putShort((short) 8);
        header.put(ascii("data")).putInt(pcm.length);
        byte[] wav = new byte[HEADER_BYTES + pcm.length];
        System.arraycopy(header.array(), 0, wav, 0, HEADER_BYTES);
        System.arraycopy(pcm, 0, wav, HEADER_BYTES, pcm.length);
        return wav;
    }

    /** The PCM samples of a bundled clip (its data chunk), read once per JVM. */
    static byte[] clip(String name) {
        return CLIPS.computeIfAbsent(name, CaptchaAudio::load);
    }

    private static String resource(String name) {
        return "voice/" + name + ".wav";
    }

    private static byte[] load(String name) {
        try (InputStream in = CaptchaAudio.class.getResourceAsStream(resource(name))) {
            if (in == null) {
                throw new IllegalArgumentException("no voice clip for " + name);
            }
            return dataChunk(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Our clips are 8 kHz 8-bit mono (the script makes them so); sox may add chunks before data. */
    static byte[] dataChunk(byte[] wav) {
        ByteBuffer buffer = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int position = 12;
        while (position + 8 <= wav.length) {
            String id = new String(wav, position, 4, StandardCharsets.US_ASCII);
            int size = buffer.getInt(position + 4);
            if (id.equals("data")) {
                int length = Math.min(size, wav.length - position - 8);
                byte[] data = new byte[length];
                System.arraycopy(wav, position + 8, data, 0, length);
                return data;
            }
            position += 8 + size + (size & 1);
        }
        throw new IllegalArgumentException("WAV without data chunk");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
