package fr.gouv.travail.efp.agent.readonly;

import fr.gouv.travail.efp.agent.AgentAccounts;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.requiredactions.UpdateProfile;

/**
 * Keycloak's {@code UpdateProfile} under its own id, skipped for agents ({@link AgentRequiredActions}).
 * A provider of the extension with a built-in's id replaces the built-in; {@link #order()} says so
 * explicitly.
 */
public class AgentSafeUpdateProfile extends UpdateProfile {

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        if (context.getUser() != null && AgentAccounts.isAgent(context.getUser())) {
            return;
        }
        super.evaluateTriggers(context);
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (!AgentRequiredActions.skipForAgent(context, getId(), false)) {
            super.requiredActionChallenge(context);
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (!AgentRequiredActions.skipForAgent(context, getId(), true)) {
            super.processAction(context);
        }
    }

    @Override
    public int order() {
        return 10;
    }
}
