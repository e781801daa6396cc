package fr.gouv.travail.efp.agent.readonly;

import fr.gouv.travail.efp.agent.AgentAccounts;
import org.jboss.logging.Logger;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;

/**
 * Keycloak's update-password, update-profile and update-email actions never run for an agent:
 * their password, names and email are the ministry's. We skip rather than show a page: set by an
 * administrator, the action is dropped from the account (the agent could never complete it, and
 * would meet it at every login); asked by an application ({@code kc_action}), the application gets
 * Keycloak's {@code kc_action_status=error} and the agent goes on, nothing changed.
 */
final class AgentRequiredActions {

    static final String EVENT_ERROR = "efp_agent_identity_read_only";

    private static final Logger LOG = Logger.getLogger(AgentRequiredActions.class);

    private AgentRequiredActions() {}

    /**
     * True when the action was skipped (the caller returns at once). {@code posted}: called from
     * the action's form post, where Keycloak knows no "ignored" outcome (it would answer 500): the
     * action is cancelled there instead, which lets the flow go on the same way.
     */
    static boolean skipForAgent(RequiredActionContext context, String action, boolean posted) {
        if (context.getUser() == null || !AgentAccounts.isAgent(context.getUser())) {
            return false;
        }
        context.getUser().removeRequiredAction(action);
        context.getAuthenticationSession().removeRequiredAction(action);
        context.getEvent()
                .clone()
                .event(EventType.CUSTOM_REQUIRED_ACTION_ERROR)
                .detail(Details.CUSTOM_REQUIRED_ACTION, action)
                .error(EVENT_ERROR);
        LOG.debugf(
                "required action %s skipped for agent %s",
                action, context.getUser().getId());
        if (posted) {
            context.cancel();
        } else {
            context.ignore();
        }
        return true;
    }
}
