package fr.gouv.travail.efp.captcha.form;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormContext;
import org.keycloak.authentication.ValidationContext;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * CAPTCHA on the account-creation form. "Afficher un nouveau code" re-renders the form with the
 * typed values (Keycloak keeps them on a validation error) and a new challenge.
 */
public class CaptchaRegistrationFormAction implements FormAction {

    @Override
    public void buildPage(FormContext context, LoginFormsProvider form) {
        CaptchaAttachment.attachNow(context.getSession(), context.getRealm(), context.getAuthenticationSession(), form);
    }

    @Override
    public void validate(ValidationContext context) {
        MultivaluedMap<String, String> posted = context.getHttpRequest().getDecodedFormParameters();
        // Keycloak counts any error of the registration form as a failed login of the account an
        // earlier login page left in this note: a wrong CAPTCHA here would lock that account.
        // The registration form names no existing account, so it has nothing to count against.
        context.getAuthenticationSession().removeAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME);
        if (CaptchaCheck.isRefresh(posted)) {
            // No error to show: the page comes back with a new code (buildPage runs again).
            context.validationError(CaptchaAttachment.withoutSecrets(posted), List.of());
            return;
        }
        CaptchaCheck.Result captcha = CaptchaCheck.check(
                context.getSession(), context.getRealm(), context.getAuthenticationSession(), posted);
        if (!captcha.passed()) {
            context.error(captcha.eventError());
            context.validationError(CaptchaAttachment.withoutSecrets(posted), List.of(captcha.message()));
            return;
        }
        context.success();
    }

    @Override
    public void success(FormContext context) {}

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
