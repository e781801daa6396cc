package fr.gouv.travail.efp.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvitationTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aTokenIs256RandomBitsInBase64Url() {
        for (int i = 0; i < 1000; i++) {
            String token = InvitationToken.generate(random);
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
            assertTrue(InvitationToken.isWellFormed(token));
        }
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(InvitationToken.generate(random)));
        }
    }

    @Test
    void theStoredFormIsTheSha256OfTheToken() {
        String token = InvitationToken.generate(random);
        String hash = InvitationToken.hash(token);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertFalse(hash.contains(token));
        assertEquals(hash, InvitationToken.hash(token));
        assertNotEquals(hash, InvitationToken.hash(InvitationToken.generate(random)));
        // A known value: SHA-256 of 43 'A's, as sha256sum computes it.
        assertEquals(
                "0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a",
                InvitationToken.hash("A".repeat(43)));
    }

    @Test
    void onlyTheExactTokenMatchesItsHash() {
        String token = InvitationToken.generate(random);
        String hash = InvitationToken.hash(token);
        assertTrue(InvitationToken.matches(token, hash));
        char last = token.charAt(token.length() - 1);
        assertFalse(InvitationToken.matches(token.substring(0, 42) + (last == 'A' ? 'B' : 'A'), hash));
        // Case matters in base64url.
        String swapped = token.chars()
                .mapToObj(c -> String.valueOf(
                        (char) (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))))
                .reduce("", String::concat);
        if (!swapped.equals(token)) {
            assertFalse(InvitationToken.matches(swapped, hash));
        }
        assertFalse(InvitationToken.matches(token, null));
        assertFalse(InvitationToken.matches(null, hash));
        assertFalse(InvitationToken.matches(token + "x", hash));
    }

    @Test
    void whatCannotBeATokenIsRecognisedBeforeHashing() {
        assertFalse(InvitationToken.isWellFormed(null));
        assertFalse(InvitationToken.isWellFormed(""));
        assertFalse(InvitationToken.isWellFormed("A".repeat(42)));
        assertFalse(InvitationToken.isWellFormed("A".repeat(44)));
        assertFalse(InvitationToken.isWellFormed("A".repeat(42) + "="));
        assertFalse(InvitationToken.isWellFormed("A".repeat(42) + "+"));
        assertFalse(InvitationToken.isWellFormed("A".repeat(42) + "/"));
        assertFalse(InvitationToken.isWellFormed("A".repeat(100_000)));
        assertTrue(InvitationToken.isWellFormed("A".repeat(41) + "-_"));
    }
}
