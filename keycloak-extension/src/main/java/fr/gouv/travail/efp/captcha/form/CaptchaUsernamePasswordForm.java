package fr.gouv.travail.efp.captcha.form;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.events.Details;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Keycloak's username/password form with a CAPTCHA checked first. A wrong, replayed or expired
 * CAPTCHA is a failed login for brute-force detection (Keycloak counts it through the attempted
 * username) and the password is not even looked at, so the answer never tells whether it was
 * right.
 */
public class CaptchaUsernamePasswordForm extends UsernamePasswordForm {

    private static final Set<String> KEPT_FIELDS = Set.of(AuthenticationManager.FORM_USERNAME, "rememberMe");

    public CaptchaUsernamePasswordForm(KeycloakSession session) {
        super(session);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        CaptchaAttachment.attachNow(context.getSession(), context.getRealm(), context.form());
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
            CaptchaAttachment.attachNow(context.getSession(), context.getRealm(), context.form());
            context.challenge(context.form().setFormData(CaptchaAttachment.keepOnly(posted, KEPT_FIELDS)).createLoginUsernamePassword());
            return;
        }
        if (!CaptchaCheck.passes(context.getSession(), context.getRealm(), posted)) {
            rejectCaptcha(context, posted);
            return;
        }
        CaptchaAttachment.attachIfRendered(context.getSession(), context.getRealm(), context.form());
        super.action(context);
    }

    private void rejectCaptcha(AuthenticationFlowContext context, MultivaluedMap<String, String> posted) {
        String username = posted.getFirst(AuthenticationManager.FORM_USERNAME);
        if (username != null && !username.isBlank()) {
            // AuthenticationProcessor.logFailure() reads this note to count the failure against
            // the account, exactly as for a wrong password.
            context.getAuthenticationSession().setAuthNote(ATTEMPTED_USERNAME, username.trim());
            context.getEvent().detail(Details.USERNAME, username.trim());
        }
        context.getEvent().error(CaptchaFormFields.INVALID_EVENT_ERROR);
        CaptchaAttachment.attachNow(context.getSession(), context.getRealm(), context.form());
        Response page = context.form()
                .setFormData(CaptchaAttachment.keepOnly(posted, KEPT_FIELDS))
                .addError(new FormMessage(CaptchaFormFields.ANSWER, CaptchaFormFields.INVALID_MESSAGE))
                .createLoginUsernamePassword();
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page);
    }
}
