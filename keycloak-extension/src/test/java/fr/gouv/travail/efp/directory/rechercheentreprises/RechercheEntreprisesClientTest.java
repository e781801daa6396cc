package fr.gouv.travail.efp.directory.rechercheentreprises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.directory.DirectoryEntry;
import fr.gouv.travail.efp.directory.DirectoryQuery;
import fr.gouv.travail.efp.directory.DirectoryResult;
import java.io.IOException;
import java.util.Map;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RechercheEntreprisesClientTest {

    private FakeRechercheEntreprises fake;
    private CloseableHttpClient http;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeRechercheEntreprises();
        http = HttpClients.createDefault();
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
        fake.close();
    }

    private RechercheEntreprisesClient client(int timeoutMillis) {
        return new RechercheEntreprisesClient(new RechercheEntreprisesSettings(fake.baseUrl(), timeoutMillis));
    }

    @Test
    void searchesByNameAndMapsTheEstablishments() {
        DirectoryResult result = client(2000).search(http, DirectoryQuery.parse("Robert Bosch", 10, false));
        assertEquals("recherche-entreprises", result.source());
        assertEquals(3, result.items().size());
        assertEquals(3, result.total(), "never fewer than listed, though total_results counts companies");
        Map<String, String> sent = fake.queries.get(0);
        assertEquals("Robert Bosch", sent.get("q"));
        assertEquals("1", sent.get("page"));
        assertEquals("10", sent.get("per_page"));
    }

    @Test
    void sendsTheDigitsOfASiretAndCapsThePageSize() {
        client(2000).search(http, DirectoryQuery.parse("572 067 684 00017", 100, false));
        Map<String, String> sent = fake.queries.get(0);
        assertEquals("57206768400017", sent.get("q"));
        assertEquals("25", sent.get("per_page"), "the API serves at most 25 per page");
    }

    @Test
    void leavesClosedEstablishmentsOutWhenAsked() {
        DirectoryResult result = client(2000).search(http, DirectoryQuery.parse("bosch", 10, true));
        assertTrue(result.items().stream().allMatch(DirectoryEntry::active));
        assertFalse(result.items().stream().anyMatch(entry -> entry.siret().equals("57206768400165")));
    }

    @Test
    void aRateLimitIsA503WithItsOwnMessage() {
        fake.mode = FakeRechercheEntreprises.Mode.RATE_LIMITED;
        EfpException e = assertThrows(
                EfpException.class, () -> client(2000).search(http, DirectoryQuery.parse("bosch", 10, false)));
        assertEquals(503, e.status());
        assertEquals("directory_busy", e.code());
    }

    @Test
    void anOutageOrAStrangeAnswerIsUnavailableNeverEmpty() {
        for (FakeRechercheEntreprises.Mode mode : new FakeRechercheEntreprises.Mode[] {
            FakeRechercheEntreprises.Mode.SERVER_ERROR, FakeRechercheEntreprises.Mode.NOT_JSON
        }) {
            fake.mode = mode;
            EfpException e = assertThrows(
                    EfpException.class,
                    () -> client(2000).search(http, DirectoryQuery.parse("bosch", 10, false)),
                    mode.name());
            assertEquals(503, e.status());
            assertEquals("directory_unavailable", e.code());
        }
    }

    @Test
    void givesUpAfterTheTimeout() {
        fake.mode = FakeRechercheEntreprises.Mode.SLOW;
        long start = System.nanoTime();
        EfpException e = assertThrows(
                EfpException.class, () -> client(300).search(http, DirectoryQuery.parse("bosch", 10, false)));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("directory_unavailable", e.code());
        assertTrue(elapsedMillis < 1500, "waited " + elapsedMillis + " ms");
    }

    @Test
    void anUnreachableServerIsUnavailable() {
        RechercheEntreprisesClient client =
                new RechercheEntreprisesClient(new RechercheEntreprisesSettings("http://127.0.0.1:9", 500));
        EfpException e =
                assertThrows(EfpException.class, () -> client.search(http, DirectoryQuery.parse("bosch", 10, false)));
        assertEquals(503, e.status());
    }
}
