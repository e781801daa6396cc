package fr.gouv.travail.efp.validation;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

/**
 * Verifies a new account's address by code at login, when its owner left the registration
 * before typing the code: {@link EnumerationSafeUserCreation} puts this action on every new
 * account, and the registration step or this action removes it once the address is verified.
 */
public class EmailCodeRequiredAction extends EmailCodeActionBase {

    public static final String PROVIDER_ID = "efp-email-code";

    EmailCodeRequiredAction(ValidationCodePolicy policy) {
        super(policy);
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Set explicitly on new accounts, never guessed from emailVerified: brokered agents may
        // have an unverified address and must not be asked for a code.
    }

    @Override
    protected String purpose() {
        return EmailCodePage.PURPOSE_REGISTRATION;
    }

    @Override
    protected EventType sendEventType() {
        return EventType.SEND_VERIFY_EMAIL;
    }

    @Override
    protected EventType codeEventType() {
        return EventType.VERIFY_EMAIL;
    }

    @Override
    protected boolean done(UserModel user) {
        return user.isEmailVerified();
    }

    @Override
    protected boolean wrongCodeIsFailedLogin() {
        return false;
    }

    @Override
    protected void verified(RequiredActionContext context, UserModel user) {
        user.setEmailVerified(true);
        context.getEvent()
                .clone()
                .event(EventType.VERIFY_EMAIL)
                .user(user)
                .detail(Details.EMAIL, user.getEmail())
                .detail(EmailCodeEvents.PURPOSE, purpose())
                .success();
        context.success();
    }
}
