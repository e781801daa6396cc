package fr.gouv.travail.efp.captcha.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaptchaCodeTest {

    @Test
    void codesHaveSixCharactersFromTheUnambiguousAlphabet() {
        SecureRandom random = new SecureRandom();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = CaptchaCode.generate(random);
            assertEquals(6, code.length());
            code.chars().forEach(c -> seen.add((char) c));
        }
        assertEquals(CaptchaCode.ALPHABET.length(), seen.size(), "every symbol is used: " + seen);
        assertTrue(seen.stream().allMatch(c -> CaptchaCode.ALPHABET.indexOf(c) >= 0));
    }

    @Test
    void alphabetHasNoLookAlikes() {
        for (char ambiguous : "0OQ1IL8BSZG".toCharArray()) {
            assertEquals(-1, CaptchaCode.ALPHABET.indexOf(ambiguous), "ambiguous " + ambiguous);
        }
    }

    @Test
    void typedAnswersAreNormalized() {
        assertEquals("ACK479", CaptchaCode.normalize(" ack 4\t79 "));
        assertEquals("", CaptchaCode.normalize(null));
    }
}
