package fr.gouv.travail.efp.validation;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers {@link ResetCredentialCode} as {@value #PROVIDER_ID}. */
public class ResetCredentialCodeFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "efp-reset-credential-code";

    private ValidationCodePolicy policy = ValidationCodePolicy.DEFAULT;

    @Override
    public Authenticator create(KeycloakSession session) {
        return new ResetCredentialCode(policy);
    }

    @Override
    public void init(Config.Scope config) {
        policy = ValidationCodePolicy.fromConfig(config::getInt);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "EFP: Reset credentials by validation code";
    }

    @Override
    public String getHelpText() {
        return "Replaces 'reset-credential-email' after 'reset-credentials-choose-user': emails a validation code to"
                + " the chosen account and waits for it. Unknown addresses get the same page, nothing is sent and no"
                + " code succeeds.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
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
}
