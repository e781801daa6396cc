package fr.gouv.travail.efp.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keycloak.broker.provider.AbstractIdentityProviderMapper;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.broker.saml.SAMLEndpoint;
import org.keycloak.dom.saml.v2.assertion.AssertionType;
import org.keycloak.dom.saml.v2.assertion.AttributeStatementType;
import org.keycloak.dom.saml.v2.assertion.AttributeType;
import org.keycloak.models.IdentityProviderMapperModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.IdentityProviderSyncMode;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.util.JsonSerialization;

/**
 * The mapper of a ministry ADFS provider that makes its users agents: kind agent, immutable id,
 * membership of their ministerial structure (the provider's, or the one the assertion's
 * structure attribute names, through realm-config's table). Names and email come from
 * Keycloak's own attribute importers beside it. Runs at the first login and at each later one.
 */
public class AgentIdentityMapper extends AbstractIdentityProviderMapper {

    public static final String PROVIDER_ID = "efp-agent-identity";

    /** The structure chosen from the assertion, carried to the account across the first-login flow. */
    static final String STRUCTURE_NOTE = "efp.agent.structure";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String[] getCompatibleProviders() {
        return new String[] {"saml"};
    }

    @Override
    public String getDisplayCategory() {
        return "Attribute Importer";
    }

    @Override
    public String getDisplayType() {
        return "EFP: ministry agent (kind, immutable id, structure)";
    }

    @Override
    public String getHelpText() {
        return "Marks brokered users as agents and keeps them members of their ministerial structure "
                + "(provider config efp.structure, or efp.structure-claim mapped by efp.structure-values).";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public boolean supportsSyncMode(IdentityProviderSyncMode syncMode) {
        return true;
    }

    @Override
    public void preprocessFederatedIdentity(
            KeycloakSession session,
            RealmModel realm,
            IdentityProviderMapperModel mapperModel,
            BrokeredIdentityContext context) {
        IdentityProviderModel provider = context.getIdpConfig();
        Map<String, String> config = provider.getConfig();
        String claim = config.get(AgentStructure.CLAIM_CONFIG);
        List<String> values = claim == null || claim.isBlank() ? List.of() : claimValues(context, claim);
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        AgentStructure.resolve(
                        config.get(AgentStructure.STRUCTURE_CONFIG),
                        values,
                        valueTable(config.get(AgentStructure.VALUES_CONFIG)),
                        code -> organizations.getByAlias(code) != null)
                .ifPresent(code -> context.getContextData().put(STRUCTURE_NOTE, code));
    }

    @Override
    public void importNewUser(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            IdentityProviderMapperModel mapperModel,
            BrokeredIdentityContext context) {
        synchronize(session, user, context);
    }

    @Override
    public void updateBrokeredUser(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            IdentityProviderMapperModel mapperModel,
            BrokeredIdentityContext context) {
        synchronize(session, user, context);
    }

    private static void synchronize(KeycloakSession session, UserModel user, BrokeredIdentityContext context) {
        Object structure = context.getContextData().get(STRUCTURE_NOTE);
        String code = structure instanceof String text
                ? text
                : context.getIdpConfig().getConfig().get(AgentStructure.STRUCTURE_CONFIG);
        AgentAccounts.synchronize(
                session, user, AgentAccounts.agentId(context.getIdpConfig().getAlias(), context.getId()), code);
    }

    private static List<String> claimValues(BrokeredIdentityContext context, String claim) {
        Object assertion = context.getContextData().get(SAMLEndpoint.SAML_ASSERTION);
        List<String> values = new ArrayList<>();
        if (!(assertion instanceof AssertionType saml)) {
            return values;
        }
        for (AttributeStatementType statement : saml.getAttributeStatements()) {
            for (AttributeStatementType.ASTChoiceType choice : statement.getAttributes()) {
                AttributeType attribute = choice.getAttribute();
                if (attribute != null
                        && (claim.equals(attribute.getName()) || claim.equals(attribute.getFriendlyName()))) {
                    attribute.getAttributeValue().stream()
                            .filter(value -> value != null)
                            .map(Object::toString)
                            .forEach(values::add);
                }
            }
        }
        return values;
    }

    /** realm-config writes the table as a JSON object; a broken one maps nothing (the default applies). */
    @SuppressWarnings("unchecked")
    static Map<String, String> valueTable(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JsonSerialization.readValue(json, Map.class);
        } catch (java.io.IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
