package fr.gouv.travail.efp.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.models.utils.FormMessage;

class AgentRouteTest {

    @Test
    void anUnknownPrefixIsToldWithTheKnownOnesForTheWholeForm() {
        FormMessage message =
                new AgentRoute.UnknownPrefix(new AgentLogin("foo", "bar"), List.of("hydre", "polaris")).message();
        assertEquals(FormMessage.GLOBAL, message.getField());
        assertEquals(AgentRoute.UNKNOWN_PREFIX_MESSAGE, message.getMessage());
        assertArrayEquals(new Object[] {"foo", "hydre, polaris"}, message.getParameters());
    }
}
