package fr.gouv.travail.efp.agent.readonly;

import fr.gouv.travail.efp.agent.AgentAccounts;
import java.util.List;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ConfiguredProvider;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.AttributeContext;
import org.keycloak.userprofile.UserProfileAttributeValidationContext;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.validate.SimpleValidator;
import org.keycloak.validate.ValidationContext;
import org.keycloak.validate.ValidationError;
import org.keycloak.validate.ValidatorConfig;

/**
 * Validator {@value #ID}, attached by the provisioning to the user profile's email, first and
 * last name: applies {@link AgentIdentityRule} where the user profile is used, so that
 * Keycloak's account REST API answers a refused change with its usual 400 and field errors, and
 * the update-profile and update-email pages show the message on the field.
 *
 * <p>Stateless, so one class is the validator and its factory, like {@code efp-siret}.
 */
public class AgentIdentityValidator implements SimpleValidator, ConfiguredProvider {

    public static final String ID = "efp-agent-read-only";

    /** "Les informations d'un agent viennent de son ministère…"; {0} the attribute. */
    public static final String MESSAGE_READ_ONLY = "efpAgentIdentityReadOnly";

    /** "Les adresses des domaines du ministère sont celles des agents…"; {0} the attribute. */
    public static final String MESSAGE_MINISTRY_ADDRESS = "efpMinistryAddress";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public ValidationContext validate(
            Object input, String inputHint, ValidationContext context, ValidatorConfig config) {
        if (!(context instanceof UserProfileAttributeValidationContext profileContext)) {
            return context;
        }
        AttributeContext attribute = profileContext.getAttributeContext();
        UserModel user = attribute.getUser();
        if (user == null) {
            return context;
        }
        String name = attribute.getAttribute().getKey();
        AgentIdentityRule.Decision decision = AgentIdentityRule.decide(
                where(attribute.getContext()),
                AgentAccounts.isAgent(user),
                name,
                stored(user, name),
                attribute.getAttribute().getValue(),
                MinistryEmailDomains.forRealm(context.getSession().getContext().getRealm()));
        switch (decision) {
            case AGENT_IDENTITY_READ_ONLY -> context.addError(new ValidationError(ID, name, MESSAGE_READ_ONLY));
            case MINISTRY_ADDRESS -> context.addError(new ValidationError(ID, name, MESSAGE_MINISTRY_ADDRESS));
            case ALLOWED -> {}
        }
        return context;
    }

    static AgentIdentityRule.Where where(UserProfileContext context) {
        return switch (context) {
            case ACCOUNT, UPDATE_PROFILE, UPDATE_EMAIL -> AgentIdentityRule.Where.SELF_SERVICE;
            default -> AgentIdentityRule.Where.OTHER;
        };
    }

    private static List<String> stored(UserModel user, String name) {
        return switch (name) {
            case UserModel.EMAIL -> singleton(user.getEmail());
            case UserModel.FIRST_NAME -> singleton(user.getFirstName());
            case UserModel.LAST_NAME -> singleton(user.getLastName());
            default -> user.getAttributes().getOrDefault(name, List.of());
        };
    }

    private static List<String> singleton(String value) {
        return value == null ? List.of() : List.of(value);
    }

    @Override
    public String getHelpText() {
        return "Agents : nom, prénom et adresse viennent de l'ADFS du ministère, non modifiables par l'agent ; "
                + "adresses des domaines du ministère refusées aux usagers professionnels.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
