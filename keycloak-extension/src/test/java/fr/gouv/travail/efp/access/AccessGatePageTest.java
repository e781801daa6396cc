package fr.gouv.travail.efp.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.gouv.travail.efp.access.AccessGatePage.Message;
import fr.gouv.travail.efp.access.AccessGatePage.PendingRequest;
import fr.gouv.travail.efp.access.AccessGatePage.Search;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page's attributes, key for key and in order: the theme's AccessGate.tsx reads them. */
class AccessGatePageTest {

    private static final PendingRequest PENDING =
            new PendingRequest("r1", "Exemple SA", "12345678901234", "02/12/2026", "");

    private static AccessGatePage page(String query, Search search, Message message, String field) {
        return new AccessGatePage(
                "SOFFI", "soffi", null, true, 1000, 3, List.of(PENDING), query, search, message, field);
    }

    private static Map<String, Object> head() {
        Map<String, Object> gate = new LinkedHashMap<>();
        gate.put("applicationName", "SOFFI");
        gate.put("applicationClientId", "soffi");
        gate.put("raCodesEnabled", true);
        gate.put("descriptionMaxLength", 1000);
        gate.put("minQueryLength", 3);
        Map<String, Object> pending = new LinkedHashMap<>();
        pending.put("id", "r1");
        pending.put("companyName", "Exemple SA");
        pending.put("siret", "12345678901234");
        pending.put("createdAt", "02/12/2026");
        pending.put("description", "");
        gate.put("pending", List.of(pending));
        return gate;
    }

    private static void assertSame(Map<String, Object> expected, Map<String, Object> actual) {
        assertEquals(expected, actual);
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()));
    }

    @Test
    void noSearchYet() {
        Map<String, Object> expected = head();
        expected.put("query", "");
        expected.put("results", List.of());
        expected.put("total", 0L);
        expected.put("searched", false);
        expected.put("errorField", "");
        assertSame(expected, page("", Search.notRun(false), null, null).attributes());
    }

    @Test
    void aQueryTooShortIsSearchedWithoutResults() {
        Map<String, Object> expected = head();
        expected.put("query", "ab");
        expected.put("results", List.of());
        expected.put("total", 0L);
        expected.put("searched", true);
        expected.put("errorField", "");
        assertSame(expected, page("ab", Search.notRun(true), null, null).attributes());
    }

    @Test
    void results() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("siret", "12345678901234");
        item.put("name", "Exemple SA");
        item.put("address", "");
        Map<String, Object> expected = head();
        expected.put("query", "exemple");
        expected.put("results", List.of(item));
        expected.put("total", 21L);
        expected.put("totalCapped", true);
        expected.put("searched", true);
        expected.put("message", Map.of("type", "success", "text", "Votre demande a été annulée."));
        expected.put("errorField", "");
        GateSearch.Result found =
                new GateSearch.Result(List.of(new GateSearch.Found("12345678901234", "Exemple SA", "")), 21, true);
        assertSame(
                expected,
                page("exemple", Search.of(found), Message.success("Votre demande a été annulée."), null)
                        .attributes());
    }

    @Test
    void aRefusedSearchIsSaidUnderTheField() {
        Map<String, Object> expected = head();
        expected.put("query", "sa");
        expected.put("results", List.of());
        expected.put("total", 0L);
        expected.put("totalCapped", false);
        expected.put("searched", false);
        expected.put("message", Map.of("type", "error", "text", "Trop vague."));
        expected.put("errorField", "search");
        assertSame(
                expected,
                page("sa", Search.refused(), Message.error("Trop vague."), "search")
                        .attributes());
    }

    @Test
    void anAgentSeesTheirStructureAndAProfessionalNoSuchKey() {
        AccessGatePage agent = new AccessGatePage(
                "SOFFI",
                "soffi",
                new AccessGatePage.Structure("DGEFP", "Délégation générale"),
                false,
                1000,
                3,
                List.of(),
                "",
                Search.notRun(false),
                null,
                null);
        assertEquals(
                Map.of("code", "DGEFP", "name", "Délégation générale"),
                agent.attributes().get("agentStructure"));
        assertFalse(page("", Search.notRun(false), null, null).attributes().containsKey("agentStructure"));
    }
}
