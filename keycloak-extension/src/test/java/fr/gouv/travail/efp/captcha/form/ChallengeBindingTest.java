package fr.gouv.travail.efp.captcha.form;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChallengeBindingTest {

    @Test
    void onlyTheChallengeTheSessionShowedMatches() {
        assertTrue(ChallengeBinding.matches("AAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAA"));
        assertFalse(ChallengeBinding.matches("AAAAAAAAAAAAAAAAAAAAAAAA", "BBBBBBBBBBBBBBBBBBBBBBBB"));
        assertFalse(ChallengeBinding.matches("AAAAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAA"));
    }

    @Test
    void aSessionThatShowedNoChallengeAcceptsNone() {
        assertFalse(ChallengeBinding.matches(null, "AAAAAAAAAAAAAAAAAAAAAAAA"));
        assertFalse(ChallengeBinding.matches("AAAAAAAAAAAAAAAAAAAAAAAA", null));
        assertFalse(ChallengeBinding.matches(null, null));
    }
}
