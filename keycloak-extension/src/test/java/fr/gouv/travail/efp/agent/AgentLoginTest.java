package fr.gouv.travail.efp.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgentLoginTest {

    @Test
    void aPrefixedLoginIsAnAgentsWhateverTheCase() {
        assertEquals(Optional.of(new AgentLogin("hydre", "jdupont")), AgentLogin.parse("hydre\\jdupont"));
        assertEquals(Optional.of(new AgentLogin("hydre", "jdupont")), AgentLogin.parse("HYDRE\\jdupont"));
        assertEquals(Optional.of(new AgentLogin("polaris", "JDupont")), AgentLogin.parse("Polaris\\JDupont"));
    }

    @Test
    void spacesAroundEitherPartAreForgiven() {
        assertEquals(Optional.of(new AgentLogin("polaris", "x")), AgentLogin.parse(" polaris \\ x"));
        assertEquals(Optional.of(new AgentLogin("hydre", "jdupont")), AgentLogin.parse("\thydre\\jdupont  "));
    }

    @Test
    void anUnknownPrefixIsStillAnAgentLogin() {
        assertEquals(Optional.of(new AgentLogin("foo", "bar")), AgentLogin.parse("foo\\bar"));
    }

    @Test
    void emailsAndBrokenInputAreNoAgentLogin() {
        assertTrue(AgentLogin.parse("marie.durand@exemple.fr").isEmpty());
        assertTrue(AgentLogin.parse(null).isEmpty());
        assertTrue(AgentLogin.parse("").isEmpty());
        assertTrue(AgentLogin.parse("\\jdupont").isEmpty());
        assertTrue(AgentLogin.parse("hydre\\").isEmpty());
        assertTrue(AgentLogin.parse("hydre\\ ").isEmpty());
        assertTrue(AgentLogin.parse("hy dre\\jdupont").isEmpty());
        assertTrue(AgentLogin.parse("hydre\\j dupont").isEmpty());
        assertTrue(AgentLogin.parse("hydre\\jdupont\\x").isEmpty());
        assertTrue(AgentLogin.parse("<script>\\x").isEmpty());
    }

    @Test
    void theWindowsAccountNameHasTheDomainInCapitals() {
        assertEquals(
                "HYDRE\\jdupont",
                AgentLogin.parse("hydre\\jdupont").orElseThrow().windowsAccountName());
    }
}
