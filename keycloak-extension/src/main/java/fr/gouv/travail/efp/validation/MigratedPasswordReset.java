package fr.gouv.travail.efp.validation;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

/**
 * Professionals migrated from the old portal (attribute {@value #MIGRATED_ATTRIBUTE} = "true")
 * must choose a new password through a validation code at their next login: their old password
 * may have leaked, so knowing it is not enough. After the password check this action emails a
 * code; a right code removes the attribute and hands over to Keycloak's UPDATE_PASSWORD.
 *
 * <p>Every login evaluates the trigger, so the migration only sets the attribute. Wrong codes
 * count as failed logins for brute-force detection: whoever holds a leaked password must not be
 * able to try codes for ever.
 */
public class MigratedPasswordReset extends EmailCodeActionBase {

    public static final String PROVIDER_ID = "efp-migrated-password-reset";
    public static final String MIGRATED_ATTRIBUTE = "efp.migrated";

    MigratedPasswordReset(ValidationCodePolicy policy) {
        super(policy);
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        if (isMigrated(context.getUser())) {
            context.getUser().addRequiredAction(PROVIDER_ID);
        }
    }

    /** Migrated from the old portal and not yet through their first password reset. */
    public static boolean isMigrated(UserModel user) {
        return "true".equals(user.getFirstAttribute(MIGRATED_ATTRIBUTE));
    }

    @Override
    protected String purpose() {
        return EmailCodePage.PURPOSE_RESET_PASSWORD;
    }

    @Override
    protected EventType sendEventType() {
        return EventType.SEND_RESET_PASSWORD;
    }

    @Override
    protected EventType codeEventType() {
        return EventType.RESET_PASSWORD;
    }

    @Override
    protected boolean done(UserModel user) {
        return !isMigrated(user);
    }

    @Override
    protected boolean wrongCodeIsFailedLogin() {
        return true;
    }

    @Override
    protected void verified(RequiredActionContext context, UserModel user) {
        user.removeAttribute(MIGRATED_ATTRIBUTE);
        user.setEmailVerified(true);
        // Kept on the account: leaving now still means a new password at the next login.
        user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        context.getEvent()
                .clone()
                .event(EventType.VERIFY_EMAIL)
                .user(user)
                .detail(Details.EMAIL, user.getEmail())
                .detail(EmailCodeEvents.PURPOSE, "migrated-password-reset")
                .success();
        context.success();
    }
}
