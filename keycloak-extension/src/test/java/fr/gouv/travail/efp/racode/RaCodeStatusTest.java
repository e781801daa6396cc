package fr.gouv.travail.efp.racode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import org.junit.jupiter.api.Test;

class RaCodeStatusTest {

    @Test
    void theWordsOfTheApiNameTheStates() {
        assertEquals(RaCodeStatus.ACTIVE, RaCodeStatus.parse("active"));
        assertEquals(RaCodeStatus.USED, RaCodeStatus.parse(" used "));
        assertEquals(RaCodeStatus.EXPIRED, RaCodeStatus.parse("expired"));
        assertEquals(RaCodeStatus.REVOKED, RaCodeStatus.parse("revoked"));
        assertNull(RaCodeStatus.parse(null));
        assertNull(RaCodeStatus.parse("  "));
    }

    @Test
    void anUnknownWordIsABadRequestThatNamesIt() {
        EfpException error = assertThrows(EfpException.class, () -> RaCodeStatus.parse("USED"));
        assertTrue(error.getMessage().contains("USED"), error.getMessage());
        assertThrows(EfpException.class, () -> RaCodeStatus.parse("valid"));
    }
}
