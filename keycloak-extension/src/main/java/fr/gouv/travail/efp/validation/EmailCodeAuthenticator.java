package fr.gouv.travail.efp.validation;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.function.Consumer;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A flow step that emails a validation code and waits for it. Subclasses say who the code is
 * for, what a real or a decoy recipient receives, and what follows a right code; this class
 * makes sure that a decoy goes through exactly the same requests, pages and work.
 */
abstract class EmailCodeAuthenticator implements Authenticator {

    /**
     * Who is asked for a code.
     *
     * @param user the account that a right code proves (null for a decoy)
     * @param decoy whether no code can succeed (unknown address, address of another account)
     * @param subject identifies the conversation in the session (see {@link EmailCodeExchange})
     * @param maskedEmail what the page shows: always derived from what the person typed
     * @param deliver sends whatever this recipient gets; never throws
     */
    record Target(UserModel user, boolean decoy, String subject, String maskedEmail, Consumer<String> deliver) {}

    private final ValidationCodePolicy serverPolicy;

    protected EmailCodeAuthenticator(ValidationCodePolicy serverPolicy) {
        this.serverPolicy = serverPolicy;
    }

    /** The policy in force in the realm of the request. */
    protected ValidationCodePolicy policy(RealmModel realm) {
        return ValidationCodeSettings.policy(realm, serverPolicy);
    }

    protected abstract String purpose();

    /** The recipient, or null when the flow is misconfigured (nobody to ask). */
    protected abstract Target target(AuthenticationFlowContext context);

    /** Event type under which wrong codes are reported. */
    protected abstract EventType eventType();

    /** A right code for {@code user}: record it and let the flow go on. */
    protected abstract void verified(AuthenticationFlowContext context, UserModel user);

    /** How the page is sent back after a wrong, expired or used-up code. */
    protected abstract void wrongCode(AuthenticationFlowContext context, Response page);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Target target = target(context);
        if (target == null) {
            context.failure(AuthenticationFlowError.UNKNOWN_USER);
            return;
        }
        if (target.user() != null && alreadyVerified(target.user())) {
            context.success();
            return;
        }
        EmailCodeExchange.Result result = exchange(context, target).show(target.deliver(), target.decoy());
        context.challenge(page(context, target, result));
    }

    /** Whether the step has nothing to prove for this user (default: never). */
    protected boolean alreadyVerified(UserModel user) {
        return false;
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        Target target = target(context);
        if (target == null) {
            context.failure(AuthenticationFlowError.UNKNOWN_USER);
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        boolean locked = LockedAccount.isLocked(context.getSession(), context.getRealm(), target.user());
        EmailCodeExchange.Result result =
                exchange(context, target).submit(form, target.deliver(), target.decoy(), locked);
        switch (result.kind()) {
            case VERIFIED -> verified(context, target.user());
            case INVALID, EXPIRED, TOO_MANY_ATTEMPTS -> {
                EmailCodeEvents.wrongCode(
                        context.getEvent().clone().event(eventType()), target.user(), result.kind(), locked);
                wrongCode(context, page(context, target, result));
            }
            default -> context.challenge(page(context, target, result));
        }
    }

    private EmailCodeExchange exchange(AuthenticationFlowContext context, Target target) {
        return new EmailCodeExchange(
                context.getAuthenticationSession(), policy(context.getRealm()), purpose(), target.subject());
    }

    private Response page(AuthenticationFlowContext context, Target target, EmailCodeExchange.Result result) {
        return EmailCodePage.renderWhateverTheAccount(
                context.form(), target.maskedEmail(), purpose(), policy(context.getRealm()), result);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

    @Override
    public void close() {}
}
