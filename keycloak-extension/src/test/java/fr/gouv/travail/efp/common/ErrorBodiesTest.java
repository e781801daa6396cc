package fr.gouv.travail.efp.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

    @Test
    void onlyOurTwoApisAreConcerned() {
        assertTrue(ErrorBodies.isOurApi("/realms/efp/efp-admin/companies"));
        assertTrue(ErrorBodies.isOurApi("realms/efp/efp-access/me/requests"));
        assertTrue(ErrorBodies.isOurApi("/realms/efp/efp-admin"));
        assertFalse(ErrorBodies.isOurApi("/realms/efp/protocol/openid-connect/token"));
        assertFalse(ErrorBodies.isOurApi("/admin/realms/efp/users"));
        assertFalse(ErrorBodies.isOurApi("/realms/efp/efp-captcha/x/image"));
        assertFalse(ErrorBodies.isOurApi("/realms/efp/efp-administration"));
        assertFalse(ErrorBodies.isOurApi(null));
    }

    @Test
    void ourRefusalsAreKeptKeycloaksShapesAreNot() {
        assertTrue(
                ErrorBodies.followsContract(Map.of("error", "invalid_siret", "message", "Ce SIRET n'est pas valide.")));
        assertFalse(ErrorBodies.followsContract(
                Map.of("error", "invalid_request", "error_description", "Cannot parse the JSON")));
        assertFalse(ErrorBodies.followsContract(Map.of("error", "HTTP 404 Not Found")));
        assertFalse(ErrorBodies.followsContract("Not Found"));
        assertFalse(ErrorBodies.followsContract(null));
    }

    @Test
    void everyStatusGetsACodeAndAFrenchMessage() {
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 415, 422, 500, 503}) {
            Map<String, Object> body = ErrorBodies.forStatus(status);
            assertTrue(ErrorBodies.followsContract(body), String.valueOf(status));
            assertFalse(((String) body.get("message")).isBlank());
        }
        assertEquals("invalid_request", ErrorBodies.forStatus(400).get("error"));
        assertEquals("unsupported_media_type", ErrorBodies.forStatus(415).get("error"));
        assertEquals("internal_error", ErrorBodies.forStatus(500).get("error"));
    }
}
