package fr.gouv.travail.efp.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharterDutyTest {

    @Test
    void owedUntilTheCurrentVersionIsAccepted() {
        assertTrue(CharterDuty.owes("2026-01", null));
        assertTrue(CharterDuty.owes("2026-02", "2026-01"));
        assertFalse(CharterDuty.owes("2026-02", "2026-02"));
        // A realm without a charter asks nothing.
        assertFalse(CharterDuty.owes(null, null));
        assertFalse(CharterDuty.owes(" ", null));
    }

    @Test
    void theRefusalIsAStable403() {
        assertEquals(403, CharterDuty.refusal().status());
        assertEquals("charter_not_accepted", CharterDuty.refusal().code());
        assertTrue(CharterDuty.refusal().getMessage().contains("charte"));
    }
}
