package fr.gouv.travail.efp.validation;

import java.util.function.Function;
import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * The factory of a required action that sends and checks a validation code: the code policy is
 * read from the provider's configuration once and handed to every action it creates.
 */
abstract class CodeRequiredActionFactory implements RequiredActionFactory {

    private final String id;
    private final String displayText;
    private final Function<ValidationCodePolicy, RequiredActionProvider> action;
    private ValidationCodePolicy policy = ValidationCodePolicy.DEFAULT;

    CodeRequiredActionFactory(
            String id, String displayText, Function<ValidationCodePolicy, RequiredActionProvider> action) {
        this.id = id;
        this.displayText = displayText;
        this.action = action;
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return action.apply(policy);
    }

    @Override
    public void init(Config.Scope config) {
        policy = ValidationCodePolicy.fromConfig(config::getInt);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getDisplayText() {
        return displayText;
    }
}
