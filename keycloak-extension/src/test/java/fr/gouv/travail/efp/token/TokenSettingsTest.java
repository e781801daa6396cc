package fr.gouv.travail.efp.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TokenSettingsTest {

    @Test
    void absentOrBlankGivesTheDefault() {
        assertEquals(TokenSettings.DEFAULT_MAX_HABILITATIONS, TokenSettings.parseMaxHabilitations(null));
        assertEquals(TokenSettings.DEFAULT_MAX_HABILITATIONS, TokenSettings.parseMaxHabilitations("  "));
    }

    @Test
    void aWholeNumberInRangeIsTaken() {
        assertEquals(1, TokenSettings.parseMaxHabilitations("1"));
        assertEquals(50, TokenSettings.parseMaxHabilitations(" 50 "));
        assertEquals(200, TokenSettings.parseMaxHabilitations("200"));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TokenSettings.parseMaxHabilitations("0"));
        assertThrows(IllegalArgumentException.class, () -> TokenSettings.parseMaxHabilitations("201"));
        assertThrows(IllegalArgumentException.class, () -> TokenSettings.parseMaxHabilitations("vingt"));
        assertThrows(IllegalArgumentException.class, () -> TokenSettings.parseMaxHabilitations("2.5"));
    }
}
