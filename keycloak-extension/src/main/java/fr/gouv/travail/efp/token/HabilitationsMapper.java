package fr.gouv.travail.efp.token;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.habilitation.HabilitationKind;
import fr.gouv.travail.efp.habilitation.Habilitations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.ProtocolMapperUtils;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.IDToken;

/**
 * Puts the user's habilitations for the requesting application (and only that one) in its
 * tokens. Runs after Keycloak's role mappers and replaces
 * {@code resource_access.<clientId>.roles}: a role mapping on the client (for instance the
 * reserved administrator roles) never reaches the application as a business role.
 */
public class HabilitationsMapper extends AbstractOIDCProtocolMapper implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper {

    public static final String PROVIDER_ID = "efp-habilitations-mapper";
    private static final List<ProviderConfigProperty> CONFIG = new ArrayList<>();

    static {
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(CONFIG, HabilitationsMapper.class);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "EFP habilitations";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "Adds efp_habilitations (SIRET, company, roles, access manager) for the requesting EFP application and its roles under resource_access.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }

    @Override
    public int getPriority() {
        return ProtocolMapperUtils.PRIORITY_SCRIPT_MAPPER + 50;
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mappingModel, UserSessionModel userSession, KeycloakSession session, ClientSessionContext clientSessionCtx) {
        ClientModel client = clientSessionCtx.getClientSession().getClient();
        if (!EfpApplication.isApplication(client)) {
            return;
        }
        var realm = client.getRealm();
        Companies companies = new Companies(session);
        List<HabilitationClaim.Grant> grants = new ArrayList<>();
        new Habilitations(session, realm).activeOn(userSession.getUser().getId(), client.getId(), System.currentTimeMillis()).forEach(h -> {
            Optional<Company> company = companies.byId(h.getOrganizationId());
            company.ifPresent(c -> grants.add(new HabilitationClaim.Grant(c.alias(), c.siret(), c.name(), h.getRoles(), h.isAccessManager(),
                    HabilitationKind.THIRD_PARTY.value().equals(h.getKind()), h.getExpiresAt())));
        });
        HabilitationClaim.Claim claim = HabilitationClaim.build(grants, System.currentTimeMillis());
        token.getOtherClaims().put(HabilitationClaim.CLAIM, claim.habilitations());
        if (token instanceof AccessToken access) {
            if (access.getResourceAccess() != null) {
                access.getResourceAccess().remove(client.getClientId());
            }
            if (!claim.roles().isEmpty()) {
                access.addAccess(client.getClientId()).roles(new java.util.HashSet<>(claim.roles()));
            }
        }
    }
}
