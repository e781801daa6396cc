package fr.gouv.travail.efp.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentStructureTest {

    private static final Set<String> KNOWN = Set.of("DGEFP", "DREETS", "DREETS-ARA", "DRIEETS-IDF");
    private static final Map<String, String> TABLE =
            Map.of("DREETS Auvergne-Rhône-Alpes", "DREETS-ARA", "Ancienne", "DISPARUE");

    @Test
    void withoutAttributeTheProvidersStructure() {
        assertEquals(Optional.of("DGEFP"), AgentStructure.resolve("DGEFP", List.of(), Map.of(), KNOWN::contains));
    }

    @Test
    void theAttributeValueThroughTheTable() {
        assertEquals(
                Optional.of("DREETS-ARA"),
                AgentStructure.resolve("DREETS", List.of(" DREETS Auvergne-Rhône-Alpes "), TABLE, KNOWN::contains));
    }

    @Test
    void aValueThatIsAKnownCodeIsTakenAsIs() {
        assertEquals(
                Optional.of("DRIEETS-IDF"),
                AgentStructure.resolve("DREETS", List.of("DRIEETS-IDF"), TABLE, KNOWN::contains));
    }

    @Test
    void unknownValuesAndCodesFallBackToTheProvidersStructure() {
        assertEquals(
                Optional.of("DREETS"),
                AgentStructure.resolve("DREETS", List.of("Ancienne", "n'importe quoi", ""), TABLE, KNOWN::contains));
        assertTrue(AgentStructure.resolve(null, List.of("n'importe quoi"), TABLE, KNOWN::contains)
                .isEmpty());
    }

    @Test
    void theValueTableIsJson() {
        assertEquals(Map.of("a b", "DREETS-ARA"), AgentIdentityMapper.valueTable("{\"a b\":\"DREETS-ARA\"}"));
        assertEquals(Map.of(), AgentIdentityMapper.valueTable("pas du json"));
        assertEquals(Map.of(), AgentIdentityMapper.valueTable(null));
    }
}
