package fr.gouv.travail.efp.agent.readonly;

import fr.gouv.travail.efp.agent.AgentRoute;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;

/**
 * "Mot de passe oublié" for an agent identifier ({@link AgentIdentifier}): agents have no EFP
 * Connect password to reset, the page says how they sign in instead, and nothing is mailed. The
 * forgotten-password step asks this before the CAPTCHA: the answer looks up no account, so it
 * tells nothing a CAPTCHA would have to protect.
 */
public final class AgentPasswordReset {

    /** "Les agents du ministère n'ont pas de mot de passe EFP Connect…"; {0} the prefixes. */
    public static final String MESSAGE = "efpAgentNoPasswordReset";

    public static final String EVENT_ERROR = "efp_agent_no_password";

    private AgentPasswordReset() {}

    /** The page's message when {@code typed} is an agent's identifier. */
    public static Optional<FormMessage> answer(KeycloakSession session, RealmModel realm, String typed) {
        if (!AgentIdentifier.isAgents(typed, MinistryEmailDomains.forRealm(realm))) {
            return Optional.empty();
        }
        return Optional.of(new FormMessage(
                null,
                MESSAGE,
                AgentIdentifier.prefixesForMessage(AgentRoute.domains(session).prefixes())));
    }
}
