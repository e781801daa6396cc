package fr.gouv.travail.efp.captcha.form;

import fr.gouv.travail.efp.common.provider.FlowStepFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.credential.PasswordCredentialModel;

/** Registers {@link CaptchaUsernamePasswordForm} as {@value #PROVIDER_ID}. */
public class CaptchaUsernamePasswordFormFactory extends FlowStepFactory<Authenticator> implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "efp-captcha-username-password-form";

    public CaptchaUsernamePasswordFormFactory() {
        super(
                PROVIDER_ID,
                "EFP: Username Password Form with CAPTCHA",
                "Username and password form protected by the realm's CAPTCHA provider (realm attribute efp.captcha.provider).",
                Requirement.REQUIRED);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new CaptchaUsernamePasswordForm(session);
    }

    @Override
    public String getReferenceCategory() {
        return PasswordCredentialModel.TYPE;
    }
}
