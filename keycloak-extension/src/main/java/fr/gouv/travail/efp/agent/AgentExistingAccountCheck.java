package fr.gouv.travail.efp.agent;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * First login through an ADFS when an account already has the agent's email (Keycloak's
 * "create user if unique" found it). An agent account not yet tied to another immutable id (one
 * an administrator created with {@code efp users create --kind agent}) is linked; anything else,
 * a professional's account above all, is refused with a page saying why: linking it silently
 * would hand a professional's habilitations to whoever controls that ADFS login, and the reverse.
 */
public class AgentExistingAccountCheck extends AbstractIdpAuthenticator {

    /** The error page's text: an account that is not this agent's already uses the email. */
    public static final String CONFLICT_MESSAGE = "efpAgentAccountConflict";

    public static final String EVENT_CONFLICT = "efp_agent_account_conflict";

    @Override
    protected void authenticateImpl(
            AuthenticationFlowContext context,
            SerializedBrokeredIdentityContext serialized,
            BrokeredIdentityContext broker) {
        UserModel existing =
                getExistingUser(context.getSession(), context.getRealm(), context.getAuthenticationSession());
        String agentId = AgentAccounts.agentId(broker.getIdpConfig().getAlias(), broker.getId());
        String existingId = existing.getFirstAttribute(AgentAccounts.AGENT_ID);
        if (AgentAccounts.isAgent(existing) && (existingId == null || existingId.equals(agentId))) {
            context.setUser(existing);
            context.success();
            return;
        }
        context.getEvent().user(existing);
        sendFailureChallenge(
                context,
                Response.Status.CONFLICT,
                EVENT_CONFLICT,
                CONFLICT_MESSAGE,
                AuthenticationFlowError.USER_CONFLICT);
    }

    @Override
    protected void actionImpl(
            AuthenticationFlowContext context,
            SerializedBrokeredIdentityContext serialized,
            BrokeredIdentityContext broker) {}

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }
}
