package fr.gouv.travail.efp.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EqualityFilterTest {

    @Test
    void eachGivenFieldIsAnEqualityOnANamedParameter() {
        EqualityFilter filter = EqualityFilter.on("h")
                .equal("realmId", "r1")
                .equal("clientId", "c1")
                .equal("userId", "u1");
        assertEquals(" where h.realmId = :realmId and h.clientId = :clientId and h.userId = :userId", filter.where());
        assertEquals(Map.of("realmId", "r1", "clientId", "c1", "userId", "u1"), filter.parameters());
    }

    @Test
    void aNullValueDoesNotFilter() {
        EqualityFilter filter = EqualityFilter.on("a")
                .equal("realmId", "r1")
                .equal("clientId", null)
                .equal("subjectUserId", "u1");
        assertEquals(" where a.realmId = :realmId and a.subjectUserId = :subjectUserId", filter.where());
        assertEquals(Map.of("realmId", "r1", "subjectUserId", "u1"), filter.parameters());
    }

    @Test
    void nothingGivenNothingFilters() {
        EqualityFilter filter = EqualityFilter.on("c").equal("clientId", null);
        assertEquals("", filter.where());
        assertEquals(Map.of(), filter.parameters());
    }
}
