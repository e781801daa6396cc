package fr.gouv.travail.efp.captcha.form;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers {@link CaptchaUsernamePasswordForm} as {@value #PROVIDER_ID}. */
public class CaptchaUsernamePasswordFormFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "efp-captcha-username-password-form";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new CaptchaUsernamePasswordForm(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "EFP: Username Password Form with CAPTCHA";
    }

    @Override
    public String getHelpText() {
        return "Username and password form protected by the realm's CAPTCHA provider (realm attribute efp.captcha.provider).";
    }

    @Override
    public String getReferenceCategory() {
        return PasswordCredentialModel.TYPE;
    }

    @Override
    public boolean isConfigurable() {
        return false;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return new Requirement[] {Requirement.REQUIRED};
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
