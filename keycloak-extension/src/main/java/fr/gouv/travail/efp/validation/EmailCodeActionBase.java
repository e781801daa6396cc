package fr.gouv.travail.efp.validation;

import org.jboss.logging.Logger;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

/**
 * A required action that emails a validation code to the signed-in user's address and waits
 * for it, on the same page as the flow steps. Subclasses say why and what a right code does.
 */
abstract class EmailCodeActionBase implements RequiredActionProvider {

    private static final Logger LOG = Logger.getLogger(EmailCodeActionBase.class);

    private final ValidationCodePolicy serverPolicy;

    protected EmailCodeActionBase(ValidationCodePolicy serverPolicy) {
        this.serverPolicy = serverPolicy;
    }

    /** The policy in force in the realm of the request. */
    private ValidationCodePolicy policy(RequiredActionContext context) {
        return ValidationCodeSettings.policy(context.getRealm(), serverPolicy);
    }

    protected abstract String purpose();

    /** Event type for sending the code. */
    protected abstract EventType sendEventType();

    /** Event type under which wrong codes are reported. */
    protected abstract EventType codeEventType();

    /** Whether there is nothing left to prove (the action then just succeeds). */
    protected abstract boolean done(UserModel user);

    /** A right code. */
    protected abstract void verified(RequiredActionContext context, UserModel user);

    /** Whether a wrong code counts as a failed login for brute-force detection. */
    protected abstract boolean wrongCodeIsFailedLogin();

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        UserModel user = context.getUser();
        if (done(user)) {
            context.success();
            return;
        }
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            LOG.warnf("User %s has no email address: no validation code can be sent", user.getId());
            context.getEvent().clone().event(sendEventType()).user(user).error("invalid_email");
            context.failure();
            return;
        }
        EmailCodeExchange.Result result = exchange(context).show(code -> send(context, code), false);
        context.challenge(EmailCodePage.render(
                context.form(), MaskedEmail.of(user.getEmail()), purpose(), policy(context), result));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        UserModel user = context.getUser();
        boolean locked = LockedAccount.isLocked(context.getSession(), context.getRealm(), user);
        EmailCodeExchange.Result result = exchange(context)
                .submit(
                        context.getHttpRequest().getDecodedFormParameters(),
                        code -> send(context, code),
                        false,
                        locked);
        switch (result.kind()) {
            case VERIFIED -> verified(context, user);
            case INVALID, EXPIRED, TOO_MANY_ATTEMPTS -> {
                EmailCodeEvents.wrongCode(
                        context.getEvent().clone().event(codeEventType()), user, result.kind(), locked);
                if (wrongCodeIsFailedLogin() && result.kind() != EmailCodeExchange.Kind.EXPIRED) {
                    LockedAccount.recordFailure(context.getSession(), context.getRealm(), user);
                }
                context.challenge(EmailCodePage.render(
                        context.form(), MaskedEmail.of(user.getEmail()), purpose(), policy(context), result));
            }
            default ->
                context.challenge(EmailCodePage.render(
                        context.form(), MaskedEmail.of(user.getEmail()), purpose(), policy(context), result));
        }
    }

    @Override
    public void close() {}

    private EmailCodeExchange exchange(RequiredActionContext context) {
        return new EmailCodeExchange(
                context.getAuthenticationSession(),
                policy(context),
                purpose(),
                "user:" + context.getUser().getId());
    }

    private void send(RequiredActionContext context, String code) {
        EmailCodeMail.queueCode(
                context.getSession(),
                context.getRealm(),
                context.getUser(),
                code,
                purpose(),
                policy(context),
                context.getEvent().clone().event(sendEventType()));
    }
}
