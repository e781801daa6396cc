package fr.gouv.travail.efp.captcha.form;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormContext;
import org.keycloak.authentication.ValidationContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * CAPTCHA on the account-creation form. "Afficher un nouveau code" re-renders the form with the
 * typed values (Keycloak keeps them on a validation error) and a new challenge.
 */
public class CaptchaRegistrationFormAction implements FormAction {

    @Override
    public void buildPage(FormContext context, LoginFormsProvider form) {
        CaptchaAttachment.attachNow(context.getSession(), context.getRealm(), form);
    }

    @Override
    public void validate(ValidationContext context) {
        MultivaluedMap<String, String> posted = context.getHttpRequest().getDecodedFormParameters();
        if (CaptchaCheck.isRefresh(posted)) {
            // No error to show: the page comes back with a new code (buildPage runs again).
            context.validationError(CaptchaAttachment.withoutSecrets(posted), List.of());
            return;
        }
        if (!CaptchaCheck.passes(context.getSession(), context.getRealm(), posted)) {
            context.error(CaptchaFormFields.INVALID_EVENT_ERROR);
            context.validationError(CaptchaAttachment.withoutSecrets(posted), List.of(new FormMessage(CaptchaFormFields.ANSWER, CaptchaFormFields.INVALID_MESSAGE)));
            return;
        }
        context.success();
    }

    @Override
    public void success(FormContext context) {
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
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
