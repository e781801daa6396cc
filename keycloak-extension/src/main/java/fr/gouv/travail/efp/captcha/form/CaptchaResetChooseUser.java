package fr.gouv.travail.efp.captcha.form;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
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
        CaptchaAttachment.attachNow(context.getSession(), context.getRealm(), context.form());
        super.authenticate(context);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> posted = context.getHttpRequest().getDecodedFormParameters();
        if (CaptchaCheck.isRefresh(posted)) {
            CaptchaAttachment.attachNow(context.getSession(), context.getRealm(), context.form());
            context.challenge(context.form().setFormData(CaptchaAttachment.keepOnly(posted, KEPT_FIELDS)).createPasswordReset());
            return;
        }
        if (!CaptchaCheck.passes(context.getSession(), context.getRealm(), posted)) {
            context.getEvent().error(CaptchaFormFields.INVALID_EVENT_ERROR);
            CaptchaAttachment.attachNow(context.getSession(), context.getRealm(), context.form());
            Response page = context.form()
                    .setFormData(CaptchaAttachment.keepOnly(posted, KEPT_FIELDS))
                    .addError(new FormMessage(CaptchaFormFields.ANSWER, CaptchaFormFields.INVALID_MESSAGE))
                    .createPasswordReset();
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page);
            return;
        }
        CaptchaAttachment.attachIfRendered(context.getSession(), context.getRealm(), context.form());
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
