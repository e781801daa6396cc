package fr.gouv.travail.efp.token;

import fr.gouv.travail.efp.application.EfpApplication;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
public class HabilitationsMapper extends AbstractOIDCProtocolMapper
        implements OIDCAccessTokenMapper, OIDCIDTokenMapper, UserInfoTokenMapper {

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
        return "Adds efp_habilitations (SIRET, company, roles, access manager) for the requesting EFP application, or past the realm's limit a pointer to the efp-token endpoint, and its roles under resource_access.";
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
    protected void setClaim(
            IDToken token,
            ProtocolMapperModel mappingModel,
            UserSessionModel userSession,
            KeycloakSession session,
            ClientSessionContext clientSessionCtx) {
        ClientModel client = clientSessionCtx.getClientSession().getClient();
        if (!EfpApplication.isApplication(client)) {
            return;
        }
        // ID token, access token and userinfo of one request share one computation.
        TokenClaims.Computed claim = TokenClaims.forToken(
                session, client, userSession.getUser().getId(), chosenOrganization(clientSessionCtx));
        if (claim.overage()) {
            token.getOtherClaims().putAll(Overage.marker(claim.endpoint(), claim.count()));
        } else {
            token.getOtherClaims().put(HabilitationClaim.CLAIM, claim.habilitations());
        }
        if (claim.company() != null) {
            token.getOtherClaims().put(CompanyChoice.CLAIM, claim.company());
        }
        if (token instanceof AccessToken access) {
            if (access.getResourceAccess() != null) {
                access.getResourceAccess().remove(client.getClientId());
            }
            if (!claim.roles().isEmpty()) {
                access.addAccess(client.getClientId()).roles(new HashSet<>(claim.roles()));
            }
        }
    }

    /**
     * The company chosen at login, when this token was asked with the company scope. The scope
     * is checked too: a later login of the same client session without it leaves the old note
     * behind, and that login's tokens must list every company again.
     */
    static String chosenOrganization(ClientSessionContext clientSessionCtx) {
        boolean asked =
                clientSessionCtx.getClientScopesStream().anyMatch(scope -> CompanyChoice.SCOPE.equals(scope.getName()));
        return asked ? clientSessionCtx.getClientSession().getNote(CompanyChoice.NOTE) : null;
    }
}
