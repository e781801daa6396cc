package fr.gouv.travail.efp.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import org.junit.jupiter.api.Test;

/** {@link AudienceCheck#applicationRefusal}: who may read habilitations from efp-token. */
class ApplicationAudienceTest {

    private static EfpException refusal(
            boolean tokenValid, boolean partyIsApplication, boolean partyEnabled, boolean serviceAccount) {
        return AudienceCheck.applicationRefusal(tokenValid, partyIsApplication, partyEnabled, serviceAccount)
                .orElseThrow();
    }

    @Test
    void aPersonsTokenOfAnApplicationIsServed() {
        assertTrue(AudienceCheck.applicationRefusal(true, true, true, false).isEmpty());
    }

    @Test
    void noValidTokenIs401() {
        assertEquals(401, refusal(false, true, true, false).status());
        assertEquals(401, refusal(false, false, false, false).status());
    }

    @Test
    void aTokenOfAnotherClientOrOfAServiceAccountIs403() {
        assertEquals("wrong_audience", refusal(true, false, true, false).code());
        assertEquals("wrong_audience", refusal(true, true, false, false).code());
        assertEquals("not_a_person", refusal(true, true, true, true).code());
        assertEquals(403, refusal(true, true, true, true).status());
    }
}
