package fr.gouv.travail.efp.validation;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The code page right after "Je crée mon compte", as the step after the registration form.
 *
 * <p>For a new account: emails the code, and a right code verifies the address (and removes
 * the {@code efp-email-code} required action, which stays on the account if the person leaves
 * now, so the next login asks for a code again). For an address that already had an account
 * ({@link EnumerationSafeUserCreation} left a note instead of creating anybody): emails the
 * owner the "account exists" notice and shows the same page, at the same address, with a code
 * that can never succeed.
 */
public class RegistrationEmailCode extends EmailCodeAuthenticator {

    RegistrationEmailCode(ValidationCodePolicy policy) {
        super(policy);
    }

    @Override
    protected String purpose() {
        return EmailCodePage.PURPOSE_REGISTRATION;
    }

    @Override
    protected EventType eventType() {
        return EventType.VERIFY_EMAIL;
    }

    @Override
    protected Target target(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        UserModel user = context.getUser();
        String typed = authSession.getAuthNote(EnumerationSafeUserCreation.TYPED_EMAIL_NOTE);
        if (user != null) {
            String masked = MaskedEmail.of(typed != null ? typed : user.getEmail());
            return new Target(user, false, "user:" + user.getId(), masked, code -> sendCode(context, user, code));
        }
        String existing = authSession.getAuthNote(EnumerationSafeUserCreation.EXISTING_ACCOUNT_NOTE);
        if (existing == null) {
            return null;
        }
        UserModel owner = EnumerationSafeUserCreation.NO_ACCOUNT.equals(existing)
                ? null
                : context.getSession().users().getUserById(context.getRealm(), existing);
        return new Target(null, true, "existing:" + existing, MaskedEmail.of(typed), code -> tellOwner(context, owner));
    }

    @Override
    protected boolean alreadyVerified(UserModel user) {
        return user.isEmailVerified();
    }

    @Override
    protected void verified(AuthenticationFlowContext context, UserModel user) {
        user.setEmailVerified(true);
        user.removeRequiredAction(EmailCodeRequiredAction.PROVIDER_ID);
        context.getEvent()
                .clone()
                .event(EventType.VERIFY_EMAIL)
                .user(user)
                .detail(Details.EMAIL, user.getEmail())
                .detail(EmailCodeEvents.PURPOSE, purpose())
                .success();
        context.success();
    }

    @Override
    protected void wrongCode(AuthenticationFlowContext context, Response page) {
        // Not a failed login: the person who registered already knows the password.
        context.challenge(page);
    }

    private void sendCode(AuthenticationFlowContext context, UserModel user, String code) {
        EmailCodeMail.queueCode(
                context.getSession(),
                context.getRealm(),
                user,
                code,
                purpose(),
                policy(context.getRealm()),
                context.getEvent().clone().event(EventType.SEND_VERIFY_EMAIL));
    }

    private void tellOwner(AuthenticationFlowContext context, UserModel owner) {
        if (owner != null) {
            EmailCodeMail.queueAccountExists(
                    context.getSession(),
                    context.getRealm(),
                    owner,
                    context.getEvent()
                            .clone()
                            .event(EventType.SEND_VERIFY_EMAIL)
                            .detail(Details.REASON, "registration attempted with the address of this account"));
        }
    }
}
