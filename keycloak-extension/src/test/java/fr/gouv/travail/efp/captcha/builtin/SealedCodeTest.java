package fr.gouv.travail.efp.captcha.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SealedCodeTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    static SecretKey aesKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    @Test
    void theCodeIsNowhereInClear() {
        Map<String, String> notes = SealedCode.seal("ACK479", 7, aesKey(), RANDOM);
        assertFalse(
                notes.values().stream().anyMatch(value -> value.toUpperCase().contains("ACK479")), notes::toString);
    }

    @Test
    void matchesTheNormalizedAnswerOnly() {
        SecretKey key = aesKey();
        Map<String, String> notes = SealedCode.seal("ACK479", 7, key, RANDOM);
        assertTrue(SealedCode.matches(notes, "ack 479", key));
        assertFalse(SealedCode.matches(notes, "ACK478", key));
        assertFalse(SealedCode.matches(notes, "", key));
        assertFalse(SealedCode.matches(notes, null, key));
    }

    @Test
    void theHashIsSaltedAndKeyed() {
        SecretKey key = aesKey();
        assertNotEquals(
                SealedCode.seal("ACK479", 7, key, RANDOM).get(SealedCode.HASH),
                SealedCode.seal("ACK479", 7, key, RANDOM).get(SealedCode.HASH));
        Map<String, String> notes = SealedCode.seal("ACK479", 7, key, RANDOM);
        assertFalse(SealedCode.matches(notes, "ACK479", aesKey()), "another realm key does not verify");
    }

    @Test
    void opensOnlyUnderTheKeyItWasSealedWith() {
        SecretKey key = aesKey();
        Map<String, String> notes = SealedCode.seal("ACK479", 7, key, RANDOM);
        assertEquals("ACK479", SealedCode.unseal(notes, key));
        assertEquals(7, SealedCode.seed(notes));
        assertThrows(IllegalArgumentException.class, () -> SealedCode.unseal(notes, aesKey()));
    }
}
