package fr.gouv.travail.efp.agent;

import fr.gouv.travail.efp.common.provider.FlowStepFactory;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;

/** Registers {@link AgentKnownAccountLink} as {@value #PROVIDER_ID}. */
public class AgentKnownAccountLinkFactory extends FlowStepFactory<Authenticator> implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "efp-agent-known-account";

    public AgentKnownAccountLinkFactory() {
        super(
                PROVIDER_ID,
                "EFP",
                " link the agent account with the same immutable id:First broker login: links the agent account that carries the brokered NameID (attribute efp.agent-id), if any.",
                Requirement.ALTERNATIVE,
                Requirement.REQUIRED,
                Requirement.DISABLED);
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new AgentKnownAccountLink();
    }
}
