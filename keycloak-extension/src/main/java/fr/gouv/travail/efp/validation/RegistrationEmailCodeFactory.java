package fr.gouv.travail.efp.validation;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Registers {@link RegistrationEmailCode} as {@value #PROVIDER_ID}. */
public class RegistrationEmailCodeFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "efp-registration-email-code";

    private ValidationCodePolicy policy = ValidationCodePolicy.DEFAULT;

    @Override
    public Authenticator create(KeycloakSession session) {
        return new RegistrationEmailCode(policy);
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
        return "EFP: Registration validation code";
    }

    @Override
    public String getHelpText() {
        return "After the registration form (with 'efp-registration-user-creation'): emails a validation code and"
                + " verifies the address; for an address that already has an account, shows the same page and tells"
                + " the owner by email.";
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
        return new Requirement[] {Requirement.REQUIRED, Requirement.DISABLED};
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
