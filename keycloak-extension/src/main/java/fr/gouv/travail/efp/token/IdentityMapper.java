package fr.gouv.travail.efp.token;

import fr.gouv.travail.efp.agent.AgentAccounts;
import fr.gouv.travail.efp.company.Company;
import java.util.ArrayList;
import java.util.List;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.organization.OrganizationProvider;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.IDToken;

/**
 * Puts the person's kind (agent or professional) and an agent's ministerial structure code in an
 * application's tokens ({@link IdentityClaims}), read from the account at each token: the ADFS
 * updates them at each login of the agent.
 */
public class IdentityMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper {

    public static final String PROVIDER_ID = "efp-identity-mapper";
    static final String KIND_CLAIM_CONFIG = "efp.claim.user-kind";
    static final String STRUCTURE_CLAIM_CONFIG = "efp.claim.structure";
    private static final List<ProviderConfigProperty> CONFIG = new ArrayList<>();

    static {
        ProviderConfigProperty kind = new ProviderConfigProperty();
        kind.setName(KIND_CLAIM_CONFIG);
        kind.setLabel("Kind claim");
        kind.setType(ProviderConfigProperty.STRING_TYPE);
        kind.setDefaultValue(IdentityClaims.DEFAULT_KIND_CLAIM);
        kind.setHelpText("Claim holding \"agent\" or \"professional\".");
        CONFIG.add(kind);
        ProviderConfigProperty structure = new ProviderConfigProperty();
        structure.setName(STRUCTURE_CLAIM_CONFIG);
        structure.setLabel("Structure claim");
        structure.setType(ProviderConfigProperty.STRING_TYPE);
        structure.setDefaultValue(IdentityClaims.DEFAULT_STRUCTURE_CLAIM);
        structure.setHelpText("Claim holding an agent's ministerial structure code (DGEFP…).");
        CONFIG.add(structure);
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(CONFIG, IdentityMapper.class);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "EFP user kind and structure";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "Adds the person's kind (agent or professional) and an agent's ministerial structure code.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }

    @Override
    protected void setClaim(
            IDToken token,
            ProtocolMapperModel mappingModel,
            UserSessionModel userSession,
            KeycloakSession session,
            ClientSessionContext clientSessionCtx) {
        UserModel user = userSession.getUser();
        boolean agent = AgentAccounts.isAgent(user);
        String structure = agent ? structureOf(session, user) : null;
        IdentityClaims names = new IdentityClaims(
                mappingModel.getConfig().get(KIND_CLAIM_CONFIG),
                mappingModel.getConfig().get(STRUCTURE_CLAIM_CONFIG));
        token.getOtherClaims().putAll(names.of(agent, structure));
    }

    private static String structureOf(KeycloakSession session, UserModel user) {
        return session.getProvider(OrganizationProvider.class)
                .getByMember(user)
                .map(Company::of)
                .filter(company -> !company.isCompany())
                .map(Company::alias)
                .findFirst()
                .orElse(null);
    }
}
