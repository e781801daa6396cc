package fr.gouv.travail.efp.common.provider;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.ConfigurableAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderFactory;

/**
 * The factory of a step of an authentication flow (an authenticator or a form action): its id,
 * its name and help in the admin console, the requirements it accepts. What every step of the
 * extension answers the same way is said once here: no configuration in the console, no user
 * setup, nothing to start or stop. A subclass declares the Keycloak interface it registers
 * ({@code AuthenticatorFactory}, {@code FormActionFactory}), creates its step, and overrides
 * the rest only where it differs.
 */
public abstract class FlowStepFactory<T extends Provider>
        implements ProviderFactory<T>, ConfigurableAuthenticatorFactory {

    private final String id;
    private final String displayType;
    private final String helpText;
    private final Requirement[] requirements;

    protected FlowStepFactory(String id, String displayType, String helpText, Requirement... requirements) {
        if (requirements.length == 0) {
            throw new IllegalArgumentException("a flow step accepts at least one requirement");
        }
        this.id = id;
        this.displayType = displayType;
        this.helpText = helpText;
        this.requirements = requirements.clone();
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getDisplayType() {
        return displayType;
    }

    @Override
    public String getHelpText() {
        return helpText;
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
        return requirements.clone();
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
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}
}
