package fr.gouv.travail.efp.captcha.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class CaptchaAudioTest {

    @Test
    void isAValidWaveFileThatTheJdkDecodes() throws Exception {
        byte[] wav = CaptchaAudio.wav("ACK479", 1);
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", new String(wav, 0, 4, "US-ASCII"));
        assertEquals(wav.length - 8, header.getInt(4));
        assertEquals("WAVE", new String(wav, 8, 4, "US-ASCII"));
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat format = audio.getFormat();
            assertEquals(AudioFormat.Encoding.PCM_UNSIGNED, format.getEncoding());
            assertEquals(8000f, format.getSampleRate());
            assertEquals(1, format.getChannels());
            assertEquals(wav.length - CaptchaAudio.HEADER_BYTES, audio.getFrameLength());
        }
    }

    @Test
    void durationGrowsWithTheCodeLength() {
        double three = seconds(CaptchaAudio.wav("ACK", 1));
        double six = seconds(CaptchaAudio.wav("ACK479", 1));
        assertTrue(three > 3 && three < six, three + " s then " + six + " s");
        assertTrue(six < 20, "a person can listen to it in one go: " + six + " s");
    }

    @Test
    void sameSeedSameBytesAndTheHissVariesWithTheSeed() {
        assertArrayEquals(CaptchaAudio.wav("ACK479", 1), CaptchaAudio.wav("ACK479", 1));
        assertFalse(Arrays.equals(CaptchaAudio.wav("ACK479", 1), CaptchaAudio.wav("ACK479", 2)));
    }

    @Test
    void everyLetterAndDigitHasAClipInTheFormatTheMixerExpects() throws Exception {
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray()) {
            assertClip(String.valueOf(c));
        }
        assertClip("intro");
        assertTrue(CaptchaAudio.canSpeak("EFPTEST"));
        assertFalse(CaptchaAudio.canSpeak("?"));
    }

    private static void assertClip(String name) throws Exception {
        try (InputStream in = CaptchaAudio.class.getResourceAsStream("voice/" + name + ".wav")) {
            assertNotNull(in, name);
            byte[] bytes = in.readAllBytes();
            AudioFormat format = AudioSystem.getAudioFileFormat(new ByteArrayInputStream(bytes))
                    .getFormat();
            assertEquals(8000f, format.getSampleRate(), name);
            assertEquals(8, format.getSampleSizeInBits(), name);
            assertEquals(1, format.getChannels(), name);
            assertTrue(
                    CaptchaAudio.dataChunk(bytes).length > CaptchaAudio.SAMPLE_RATE / 6,
                    "clip " + name + " is audible length");
        }
    }

    private static double seconds(byte[] wav) {
        return (wav.length - CaptchaAudio.HEADER_BYTES) / (double) CaptchaAudio.SAMPLE_RATE;
    }
}
