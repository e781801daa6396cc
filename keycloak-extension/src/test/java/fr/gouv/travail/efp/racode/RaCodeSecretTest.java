package fr.gouv.travail.efp.racode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RaCodeSecretTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void codesAreGroupedByFourFromAnAlphabetWithoutLookAlikes() {
        for (int i = 0; i < 1000; i++) {
            String code = RaCodeSecret.generate(random);
            assertTrue(code.matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}"), code);
            assertFalse(code.matches(".*[01OIL].*"), code);
        }
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(RaCodeSecret.generate(random)));
        }
    }

    @Test
    void theStoredFormIsAHashThatDoesNotContainTheCode() {
        String code = RaCodeSecret.generate(random);
        String hash = RaCodeSecret.hash(code);
        assertEquals(64, hash.length());
        assertFalse(hash.contains(code.replace("-", "")));
        assertNotEquals(hash, RaCodeSecret.hash(RaCodeSecret.generate(random)));
    }

    @Test
    void aTypedCodeMatchesWhateverItsCaseSpacesAndDashes() {
        String code = "ABCD-EFGH-JKMN";
        String hash = RaCodeSecret.hash(code);
        assertTrue(RaCodeSecret.matches("abcd efgh jkmn", hash));
        assertTrue(RaCodeSecret.matches("ABCDEFGHJKMN", hash));
        assertFalse(RaCodeSecret.matches("ABCD-EFGH-JKMP", hash));
        assertFalse(RaCodeSecret.matches("", hash));
        assertFalse(RaCodeSecret.matches(code, null));
    }
}
