package fr.gouv.travail.efp.agent.readonly;

import fr.gouv.travail.efp.agent.AgentRoute;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;

/**
 * The login form refused an address of a ministry domain with a password: an agent who typed
 * their email instead of {@code hydre\jdupont}. The refusal then says how agents sign in, on the
 * same field. Decided from the typed text alone, after the credentials were refused whatever the
 * reason: the page is the same whether an account exists or not.
 */
public final class AgentPasswordLogin {

    /** "Identifiant ou mot de passe incorrect. Les agents du ministère…"; {0} the prefixes. */
    public static final String MESSAGE = "efpAgentUseWindowsLogin";

    private AgentPasswordLogin() {}

    /** The refusal's message, on {@code field}, when {@code typed} is a ministry address. */
    public static Optional<FormMessage> refusal(KeycloakSession session, RealmModel realm, String typed, String field) {
        if (!MinistryEmailDomains.forRealm(realm).contains(typed)) {
            return Optional.empty();
        }
        return Optional.of(new FormMessage(
                field,
                MESSAGE,
                AgentIdentifier.prefixesForMessage(AgentRoute.domains(session).prefixes())));
    }
}
