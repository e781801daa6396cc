package fr.gouv.travail.efp.captcha.form;

import fr.gouv.travail.efp.agent.AgentRoute;
import fr.gouv.travail.efp.agent.readonly.AgentPasswordLogin;
import fr.gouv.travail.efp.loginpage.LoginPageTexts;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.events.Details;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.messages.Messages;

/**
 * Keycloak's username/password form with a CAPTCHA checked first. A wrong, replayed, expired
 * or foreign CAPTCHA stops there: the password is not even looked at, so the answer never tells
 * whether it was right, and nothing is counted against the typed account (a wrong CAPTCHA proves
 * nothing about it; counting it let anyone lock any known address). Wrong CAPTCHAs are throttled
 * per login session and per client address instead ({@link CaptchaCheck}). Wrong passwords
 * still count for Keycloak's brute-force detection, as Keycloak does it.
 *
 * <p>Every refusal of the credentials reads the same: unknown account, wrong password or
 * account locked by brute-force detection get the same message on the same field, so the page
 * never tells whether an account exists.
 */
public class CaptchaUsernamePasswordForm extends UsernamePasswordForm {

    private static final Set<String> KEPT_FIELDS = Set.of(AuthenticationManager.FORM_USERNAME, "rememberMe");

    private final KeycloakSession session;

    public CaptchaUsernamePasswordForm(KeycloakSession session) {
        super(session);
        this.session = session;
    }

    /** The login page also carries realm-config's texts for former-portal users and agents. */
    @Override
    protected Response createLoginForm(LoginFormsProvider form) {
        return withTexts(form).createLoginUsernamePassword();
    }

    private LoginFormsProvider withTexts(LoginFormsProvider form) {
        RealmModel realm = session.getContext().getRealm();
        return form.setAttribute(LoginPageTexts.ATTRIBUTE, LoginPageTexts.of(realm::getAttribute));
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        CaptchaAttachment.attachNow(
                context.getSession(), context.getRealm(), context.getAuthenticationSession(), context.form());
        // Keycloak's first rendering does not go through createLoginForm.
        withTexts(context.form());
        AgentRoute.restoreTyped(context.getAuthenticationSession());
        // An agent asked to sign in again has no password of ours: their ADFS does it.
        if (AgentRoute.reauthenticate(context)) {
            return;
        }
        super.authenticate(context);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> posted = context.getHttpRequest().getDecodedFormParameters();
        if (posted.containsKey("cancel")) {
            super.action(context);
            return;
        }
        if (CaptchaCheck.isRefresh(posted)) {
            formAgain(context, posted, null);
            return;
        }
        // An agent's hydre\jdupont goes to the ministry's ADFS before any password or CAPTCHA:
        // the ADFS authenticates them, and an unknown prefix is told as such.
        AgentRoute.Outcome agent = AgentRoute.route(context, posted.getFirst(AuthenticationManager.FORM_USERNAME));
        if (agent instanceof AgentRoute.Routed) {
            return;
        }
        if (agent instanceof AgentRoute.UnknownPrefix unknown) {
            context.getEvent().error(AgentRoute.EVENT_UNKNOWN_PREFIX);
            formAgain(context, posted, unknown.message());
            return;
        }
        if (agent instanceof AgentRoute.Unreachable unreachable) {
            context.getEvent()
                    .detail(Details.IDENTITY_PROVIDER, unreachable.alias())
                    .error(AgentRoute.EVENT_UNREACHABLE);
            formAgain(context, posted, unreachable.message());
            return;
        }
        CaptchaCheck.Result captcha = CaptchaCheck.check(
                context.getSession(), context.getRealm(), context.getAuthenticationSession(), posted);
        if (!captcha.passed()) {
            rejectCaptcha(context, posted, captcha);
            return;
        }
        CaptchaAttachment.attachIfRendered(
                context.getSession(), context.getRealm(), context.getAuthenticationSession(), context.form());
        withTexts(context.form());
        super.action(context);
    }

    private void rejectCaptcha(
            AuthenticationFlowContext context, MultivaluedMap<String, String> posted, CaptchaCheck.Result captcha) {
        String username = posted.getFirst(AuthenticationManager.FORM_USERNAME);
        if (username != null && !username.isBlank()) {
            // For administrators reading events only: the account is not charged with anything.
            context.getEvent().detail(Details.USERNAME, username.trim());
        }
        context.getEvent().error(captcha.eventError());
        formAgain(context, posted, captcha.message());
    }

    /**
     * The login form again, with a new CAPTCHA, what was typed (but the password and the
     * CAPTCHA answer) and {@code error} if any. A challenge, not a failure: Keycloak would count
     * a failure against the account named by the session's ATTEMPTED_USERNAME note, possibly
     * left by an earlier post.
     */
    private void formAgain(
            AuthenticationFlowContext context, MultivaluedMap<String, String> posted, FormMessage error) {
        CaptchaAttachment.attachNow(
                context.getSession(), context.getRealm(), context.getAuthenticationSession(), context.form());
        LoginFormsProvider form =
                withTexts(context.form()).setFormData(CaptchaAttachment.keepOnly(posted, KEPT_FIELDS));
        if (error != null) {
            form.addError(error);
        }
        context.challenge(form.createLoginUsernamePassword());
    }

    /** A locked account reads like a wrong password: "temporarily disabled" told that it exists. */
    @Override
    protected String disabledByBruteForceError(String eventError) {
        return Messages.INVALID_USER;
    }

    /**
     * Keycloak puts "unknown account" and "locked" on the username field and "wrong password"
     * on the password field: the field alone told an existing account. One field for all.
     */
    @Override
    protected Response challenge(AuthenticationFlowContext context, String error, String field) {
        boolean credentialsRefused = Messages.INVALID_USER.equals(error) && field != null;
        if (credentialsRefused) {
            // An agent who typed their ministry address: told how agents sign in instead.
            String typed =
                    context.getHttpRequest().getDecodedFormParameters().getFirst(AuthenticationManager.FORM_USERNAME);
            Optional<FormMessage> agents = AgentPasswordLogin.refusal(
                    context.getSession(), context.getRealm(), typed, AuthenticationManager.FORM_USERNAME);
            if (agents.isPresent()) {
                context.form().addError(agents.get());
                return super.challenge(context, null, null);
            }
        }
        return super.challenge(context, error, credentialsRefused ? AuthenticationManager.FORM_USERNAME : field);
    }
}
