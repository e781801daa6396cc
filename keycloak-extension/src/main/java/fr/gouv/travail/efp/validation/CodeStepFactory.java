package fr.gouv.travail.efp.validation;

import fr.gouv.travail.efp.common.provider.FlowStepFactory;
import java.util.function.Function;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;

/**
 * The factory of an authenticator that sends and checks a validation code: it reads the code
 * policy (length, lifetime, attempts) from the provider's configuration once, and hands it to
 * every authenticator it creates.
 */
abstract class CodeStepFactory extends FlowStepFactory<Authenticator> implements AuthenticatorFactory {

    private final Function<ValidationCodePolicy, Authenticator> step;
    private ValidationCodePolicy policy = ValidationCodePolicy.DEFAULT;

    CodeStepFactory(
            String id,
            String displayType,
            String helpText,
            Function<ValidationCodePolicy, Authenticator> step,
            Requirement... requirements) {
        super(id, displayType, helpText, requirements);
        this.step = step;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return step.apply(policy);
    }

    @Override
    public void init(Config.Scope config) {
        policy = ValidationCodePolicy.fromConfig(config::getInt);
    }
}
