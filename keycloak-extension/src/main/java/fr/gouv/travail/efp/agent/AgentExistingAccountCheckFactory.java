package fr.gouv.travail.efp.agent;

import fr.gouv.travail.efp.common.provider.FlowStepFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;

/** Registers {@link AgentExistingAccountCheck} as {@value #PROVIDER_ID}. */
public class AgentExistingAccountCheckFactory extends FlowStepFactory<Authenticator> implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "efp-agent-existing-account";

    public AgentExistingAccountCheckFactory() {
        super(
                PROVIDER_ID,
                "EFP",
                " agent account with the same email, or refusal:First broker login, after Create User If Unique: links an agent account with the same email, refuses any other (a professional's).",
                Requirement.ALTERNATIVE,
                Requirement.REQUIRED,
                Requirement.DISABLED);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new AgentExistingAccountCheck();
    }
}
