package fr.gouv.travail.efp.agent.readonly;

import static fr.gouv.travail.efp.agent.readonly.AgentIdentityRule.Decision.AGENT_IDENTITY_READ_ONLY;
import static fr.gouv.travail.efp.agent.readonly.AgentIdentityRule.Decision.ALLOWED;
import static fr.gouv.travail.efp.agent.readonly.AgentIdentityRule.Decision.MINISTRY_ADDRESS;
import static fr.gouv.travail.efp.agent.readonly.AgentIdentityRule.Where.OTHER;
import static fr.gouv.travail.efp.agent.readonly.AgentIdentityRule.Where.SELF_SERVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.userprofile.UserProfileContext;

class AgentIdentityRuleTest {

    private final MinistryEmailDomains domains = MinistryEmailDomains.of("travail.gouv.fr");

    private AgentIdentityRule.Decision decide(
            AgentIdentityRule.Where where, boolean agent, String attribute, String stored, String wanted) {
        return AgentIdentityRule.decide(
                where,
                agent,
                attribute,
                stored == null ? List.of() : List.of(stored),
                wanted == null ? List.of() : List.of(wanted),
                domains);
    }

    @Test
    void anAgentChangesNoneOfTheirIdentityOnTheirOwnAccount() {
        assertEquals(AGENT_IDENTITY_READ_ONLY, decide(SELF_SERVICE, true, "firstName", "Agathe", "Agatha"));
        assertEquals(AGENT_IDENTITY_READ_ONLY, decide(SELF_SERVICE, true, "lastName", "Hydre", "Autre"));
        assertEquals(
                AGENT_IDENTITY_READ_ONLY, decide(SELF_SERVICE, true, "email", "a@travail.gouv.fr", "a@exemple.fr"));
        // Emptying a field is a change too.
        assertEquals(AGENT_IDENTITY_READ_ONLY, decide(SELF_SERVICE, true, "lastName", "Hydre", ""));
    }

    @Test
    void theSameValuesSentBackAreNoChange() {
        assertEquals(ALLOWED, decide(SELF_SERVICE, true, "firstName", "Agathe", "Agathe"));
        assertEquals(ALLOWED, decide(SELF_SERVICE, true, "email", "a@travail.gouv.fr", "A@Travail.gouv.fr"));
        assertEquals(ALLOWED, decide(SELF_SERVICE, true, "lastName", null, ""));
    }

    @Test
    void otherAttributesAreNotTheRulesBusiness() {
        assertEquals(ALLOWED, decide(SELF_SERVICE, true, "locale", "fr", "en"));
        // The username follows the email in this realm: after the ADFS changed an agent's email,
        // the profile carries the new one as username, which is no change of the agent's.
        assertEquals(
                ALLOWED, decide(SELF_SERVICE, true, "username", "ancien@travail.gouv.fr", "nouveau@travail.gouv.fr"));
    }

    @Test
    void administratorsAndTheIdentityProviderStillWriteAnAgentsIdentity() {
        assertEquals(ALLOWED, decide(OTHER, true, "lastName", "Hydre", "Nouveau"));
        assertEquals(ALLOWED, decide(OTHER, true, "email", "a@travail.gouv.fr", "b@travail.gouv.fr"));
    }

    @Test
    void professionalsChangeTheirIdentityButTakeNoMinistryAddress() {
        assertEquals(ALLOWED, decide(SELF_SERVICE, false, "firstName", "Marie", "Marie-Anne"));
        assertEquals(ALLOWED, decide(SELF_SERVICE, false, "email", "m@exemple.fr", "m@autre.fr"));
        assertEquals(MINISTRY_ADDRESS, decide(SELF_SERVICE, false, "email", "m@exemple.fr", "m@travail.gouv.fr"));
        // One who already has one (made by an administrator) keeps it.
        assertEquals(ALLOWED, decide(SELF_SERVICE, false, "email", "m@travail.gouv.fr", "m@travail.gouv.fr"));
        assertEquals(ALLOWED, decide(OTHER, false, "email", "m@exemple.fr", "m@travail.gouv.fr"));
    }

    @Test
    void theSelfServiceContextsAreTheAccountAndItsTwoUpdatePages() {
        for (UserProfileContext context : UserProfileContext.values()) {
            AgentIdentityRule.Where expected = switch (context) {
                case ACCOUNT, UPDATE_PROFILE, UPDATE_EMAIL -> SELF_SERVICE;
                default -> OTHER;
            };
            assertEquals(expected, AgentIdentityValidator.where(context), context.name());
        }
    }
}
