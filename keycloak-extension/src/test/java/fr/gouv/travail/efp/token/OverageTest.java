package fr.gouv.travail.efp.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OverageTest {

    @Test
    void theListStaysUpToTheLimitAndStopsPastIt() {
        assertFalse(Overage.byCount(0, 20));
        assertFalse(Overage.byCount(20, 20));
        assertTrue(Overage.byCount(21, 20));
        assertTrue(Overage.byCount(1000, 20));
    }

    @Test
    void aClaimTooLargeForAHeaderStopsTheListWhateverTheCount() {
        assertFalse(Overage.bySize(Overage.MAX_CLAIM_BYTES));
        assertTrue(Overage.bySize(Overage.MAX_CLAIM_BYTES + 1));
    }

    @Test
    void theMarkerIsAnOidcDistributedClaimWithTheCount() {
        assertEquals(
                Map.of(
                        "_claim_names", Map.of("efp_habilitations", "efp"),
                        "_claim_sources",
                                Map.of(
                                        "efp",
                                        Map.of(
                                                "endpoint",
                                                "https://connexion.example/realms/efp/efp-token/habilitations")),
                        "efp_habilitations_count", 1000),
                Overage.marker("https://connexion.example/realms/efp/efp-token/habilitations", 1000));
    }

    @Test
    void theEndpointIsUnderTheRealm() {
        assertEquals(
                "http://127.0.0.1:8080/realms/efp/efp-token/habilitations",
                Overage.endpoint("http://127.0.0.1:8080/", "efp"));
        assertEquals(
                "https://h.example/auth/realms/mon%20royaume/efp-token/habilitations",
                Overage.endpoint("https://h.example/auth", "mon royaume"));
    }
}
