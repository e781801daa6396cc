package fr.gouv.travail.efp.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgentDomainsTest {

    private final AgentDomains domains = AgentDomains.of(List.of(
            Map.entry("hydre", "hydre"),
            Map.entry("polaris", " POLARIS "),
            Map.entry("google", ""),
            Map.entry("other", "hydre")));

    @Test
    void thePrefixNamesItsProviderWithoutCase() {
        assertEquals(Optional.of("hydre"), domains.providerFor("HYDRE"));
        assertEquals(Optional.of("polaris"), domains.providerFor("polaris"));
        assertEquals(Optional.of("polaris"), domains.providerFor(" Polaris"));
    }

    @Test
    void providersWithoutPrefixAndUnknownPrefixesServeNobody() {
        assertTrue(domains.providerFor("foo").isEmpty());
        assertTrue(domains.providerFor("").isEmpty());
        assertTrue(domains.providerFor(null).isEmpty());
    }

    @Test
    void theFirstProviderDeclaringAPrefixKeepsIt() {
        assertEquals(Optional.of("hydre"), domains.providerFor("hydre"));
    }

    @Test
    void theKnownPrefixesAreListedSorted() {
        assertEquals(List.of("hydre", "polaris"), domains.prefixes());
    }
}
