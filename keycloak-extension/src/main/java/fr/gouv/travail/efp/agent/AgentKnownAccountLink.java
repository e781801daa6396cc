package fr.gouv.travail.efp.agent;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * First login through an ADFS: an agent account that already carries this person's immutable
 * id (same provider, same NameID; e.g. its link to the provider was removed) is the one to link,
 * whatever its email says now. Otherwise "attempted": the flow goes on to create the account.
 */
public class AgentKnownAccountLink extends AbstractIdpAuthenticator {

    @Override
    protected void authenticateImpl(
            AuthenticationFlowContext context,
            SerializedBrokeredIdentityContext serialized,
            BrokeredIdentityContext broker) {
        String agentId = AgentAccounts.agentId(broker.getIdpConfig().getAlias(), broker.getId());
        UserModel known = AgentAccounts.byAgentId(context.getSession(), context.getRealm(), agentId);
        if (known == null || !AgentAccounts.isAgent(known)) {
            context.attempted();
            return;
        }
        context.setUser(known);
        context.success();
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
