package fr.gouv.travail.efp.captcha.form;

import fr.gouv.travail.efp.agent.readonly.AgentPasswordReset;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.resetcred.ResetCredentialChooseUser;
import org.keycloak.models.utils.FormMessage;

/**
 * "Mot de passe oublié" with a CAPTCHA: Keycloak's choose-user step, after the CAPTCHA passes.
 * Registered as {@value #PROVIDER_ID}; this class is its own factory, like the step it extends.
 */
public class CaptchaResetChooseUser extends ResetCredentialChooseUser {

    /** Keycloak stores authenticator ids in 36 characters. */
    public static final String PROVIDER_ID = "efp-reset-choose-user-captcha";

    private static final Set<String> KEPT_FIELDS = Set.of("username");

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        CaptchaAttachment.attachNow(
                context.getSession(), context.getRealm(), context.getAuthenticationSession(), context.form());
        super.authenticate(context);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> posted = context.getHttpRequest().getDecodedFormParameters();
        if (CaptchaCheck.isRefresh(posted)) {
            CaptchaAttachment.attachNow(
                    context.getSession(), context.getRealm(), context.getAuthenticationSession(), context.form());
            context.challenge(context.form()
                    .setFormData(CaptchaAttachment.keepOnly(posted, KEPT_FIELDS))
                    .createPasswordReset());
            return;
        }
        Optional<FormMessage> agent =
                AgentPasswordReset.answer(context.getSession(), context.getRealm(), posted.getFirst("username"));
        if (agent.isPresent()) {
            // No password to reset: the way agents sign in, no account looked up, nothing mailed.
            context.getEvent().error(AgentPasswordReset.EVENT_ERROR);
            CaptchaAttachment.attachNow(
                    context.getSession(), context.getRealm(), context.getAuthenticationSession(), context.form());
            context.challenge(context.form()
                    .setFormData(CaptchaAttachment.keepOnly(posted, KEPT_FIELDS))
                    .setInfo(agent.get().getMessage(), agent.get().getParameters())
                    .createPasswordReset());
            return;
        }
        CaptchaCheck.Result captcha = CaptchaCheck.check(
                context.getSession(), context.getRealm(), context.getAuthenticationSession(), posted);
        if (!captcha.passed()) {
            context.getEvent().error(captcha.eventError());
            CaptchaAttachment.attachNow(
                    context.getSession(), context.getRealm(), context.getAuthenticationSession(), context.form());
            Response page = context.form()
                    .setFormData(CaptchaAttachment.keepOnly(posted, KEPT_FIELDS))
                    .addError(captcha.message())
                    .createPasswordReset();
            // Not a failure: Keycloak would count it against the account an earlier login page
            // left in the session's ATTEMPTED_USERNAME note (see CaptchaUsernamePasswordForm).
            context.challenge(page);
            return;
        }
        CaptchaAttachment.attachIfRendered(
                context.getSession(), context.getRealm(), context.getAuthenticationSession(), context.form());
        super.action(context);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "EFP: Choose User with CAPTCHA";
    }

    @Override
    public String getHelpText() {
        return "Forgotten password: asks for the email and the realm's CAPTCHA.";
    }
}
