package fr.gouv.travail.efp.agent.readonly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentIdentifierTest {

    private final MinistryEmailDomains domains = MinistryEmailDomains.of("travail.gouv.fr");

    @Test
    void aWindowsLoginWithAPrefixIsAnAgentsInAnyCase() {
        assertTrue(AgentIdentifier.isAgents("hydre\\jdupont", domains));
        assertTrue(AgentIdentifier.isAgents("HYDRE\\JDupont", domains));
        assertTrue(AgentIdentifier.isAgents(" polaris \\ x ", domains));
        // An unknown prefix too: no address has a backslash, the answer is the agents' way in.
        assertTrue(AgentIdentifier.isAgents("foo\\bar", domains));
        assertTrue(AgentIdentifier.isAgents("\\", domains));
    }

    @Test
    void anAddressOfAMinistryDomainIsAnAgentsWhateverTheAccounts() {
        assertTrue(AgentIdentifier.isAgents("jdupont@travail.gouv.fr", domains));
        assertTrue(AgentIdentifier.isAgents("personne.inconnue@TRAVAIL.gouv.fr", domains));
    }

    @Test
    void professionalsAddressesAreNot() {
        assertFalse(AgentIdentifier.isAgents("marie.durand@exemple.fr", domains));
        assertFalse(AgentIdentifier.isAgents("", domains));
        assertFalse(AgentIdentifier.isAgents(null, domains));
    }

    @Test
    void thePrefixesAreNamedAsAgentsTypeThem() {
        assertEquals("hydre\\, polaris\\", AgentIdentifier.prefixesForMessage(List.of("hydre", "polaris")));
        assertEquals("—", AgentIdentifier.prefixesForMessage(List.of()));
    }
}
