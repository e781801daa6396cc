package fr.gouv.travail.efp.validation;

import fr.gouv.travail.efp.agent.AgentAccounts;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

/**
 * "Mot de passe oublié" by code instead of Keycloak's link: after the choose-user step, emails
 * a code to the chosen account and waits for it; a right code lets the flow go on to the new
 * password. When no account was chosen (unknown address, disabled account, account without
 * email) the same page comes, nothing is sent, and no code can succeed.
 *
 * <p>A wrong code counts as a failed login of the chosen account for brute-force detection,
 * and a locked account gets the same page and answers as a wrong code, never a hint.
 */
public class ResetCredentialCode extends EmailCodeAuthenticator {

    private static final Logger LOG = Logger.getLogger(ResetCredentialCode.class);

    ResetCredentialCode(ValidationCodePolicy policy) {
        super(policy);
    }

    @Override
    protected String purpose() {
        return EmailCodePage.PURPOSE_RESET_PASSWORD;
    }

    @Override
    protected EventType eventType() {
        return EventType.RESET_PASSWORD;
    }

    @Override
    protected Target target(AuthenticationFlowContext context) {
        // What the person typed on the previous page, whether or not it matched an account.
        String typed =
                context.getAuthenticationSession().getAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
        String masked = MaskedEmail.of(typed);
        UserModel user = context.getUser();
        // An agent reached by an address outside the ministry's domains: no password to reset,
        // and the same answer as for an unknown address (AgentPasswordReset answers the others).
        if (user == null
                || AgentAccounts.isAgent(user)
                || !user.isEnabled()
                || user.getEmail() == null
                || user.getEmail().isBlank()) {
            String known = user == null ? "none" : user.getId();
            String unknown = typed;
            return new Target(
                    null,
                    true,
                    "unknown:" + known,
                    masked,
                    code -> LOG.debugf("Reset code not sent: no usable account for '%s'", unknown));
        }
        return new Target(user, false, "user:" + user.getId(), masked, code -> sendCode(context, user, code));
    }

    @Override
    protected void verified(AuthenticationFlowContext context, UserModel user) {
        // Reading the code proves the address, as following Keycloak's link does.
        user.setEmailVerified(true);
        if (MigratedPasswordReset.isMigrated(user)) {
            // The same proof as the migrated account's own code: its new password is chosen next,
            // and leaving now still means a new password at the next login.
            user.removeAttribute(MigratedPasswordReset.MIGRATED_ATTRIBUTE);
            user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        }
        context.success();
    }

    @Override
    protected void wrongCode(AuthenticationFlowContext context, Response page) {
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page);
    }

    private void sendCode(AuthenticationFlowContext context, UserModel user, String code) {
        EmailCodeMail.queueCode(
                context.getSession(),
                context.getRealm(),
                user,
                code,
                purpose(),
                policy(context.getRealm()),
                context.getEvent()
                        .clone()
                        .event(EventType.SEND_RESET_PASSWORD)
                        .detail(Details.USERNAME, user.getUsername()));
    }
}
