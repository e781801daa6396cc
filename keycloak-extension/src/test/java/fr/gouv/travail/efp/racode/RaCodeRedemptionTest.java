package fr.gouv.travail.efp.racode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.habilitation.HabilitationKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RaCodeRedemptionTest {

    @Test
    void offeredToProfessionalsOfApplicationsWithCodes() {
        assertTrue(RaCodeRedemption.offered(true, null));
        assertTrue(RaCodeRedemption.offered(true, "professional"));
        assertFalse(RaCodeRedemption.offered(true, "agent"));
        assertFalse(RaCodeRedemption.offered(false, null));
    }

    @Test
    void aCodeAppointsAnAccessManagerMemberWithoutRolesNorEnd() {
        assertTrue(RaCodeRedemption.APPOINTMENT.accessManager());
        assertTrue(RaCodeRedemption.APPOINTMENT.roles().isEmpty());
        assertEquals(HabilitationKind.MEMBER, RaCodeRedemption.APPOINTMENT.kind());
        assertNull(RaCodeRedemption.APPOINTMENT.expiresAt());
    }

    @Test
    void theOtherManagersAreToldWhoAndWhere() {
        assertEquals(
                Map.of(
                        "newManagerName",
                        "Marie Durand",
                        "newManagerEmail",
                        "marie@exemple.fr",
                        "applicationName",
                        "SOFFI",
                        "companyName",
                        "Exemple SA",
                        "siret",
                        "12345678901234"),
                RaCodeRedemption.usedMail("Marie Durand", "marie@exemple.fr", "SOFFI", "Exemple SA", "12345678901234"));
    }

    @Test
    void refusals() {
        EfpException notOffered = RaCodeRedemption.notOffered("SOFFI");
        assertEquals(400, notOffered.status());
        assertEquals("ra_codes_disabled", notOffered.code());
        assertEquals("Les codes responsable des accès ne sont pas utilisés pour SOFFI.", notOffered.getMessage());
        EfpException tooMany = RaCodeRedemption.tooManyAttempts();
        assertEquals(429, tooMany.status());
        assertEquals("too_many_attempts", tooMany.code());
        assertEquals("Trop de codes erronés : réessayez dans 15 minutes.", tooMany.getMessage());
    }
}
