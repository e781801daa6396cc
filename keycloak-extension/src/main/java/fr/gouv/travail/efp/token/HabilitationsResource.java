package fr.gouv.travail.efp.token;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * {@code GET /realms/{realm}/efp-token/habilitations}: the full list of habilitations a token
 * carries the overage marker for (OIDC distributed claim). The application calls it with the
 * person's access token it received; it gets that person's habilitations on itself only, never
 * those on another application, whatever it asks.
 */
@Produces(MediaType.APPLICATION_JSON)
public class HabilitationsResource implements RealmResourceProvider {

    private final KeycloakSession session;

    public HabilitationsResource(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return this;
    }

    @GET
    @Path("habilitations")
    public Response habilitations() {
        return JsonApi.call(session, () -> {
            // Verifies signature, expiry, type (an access token, not an ID token) and the session.
            AuthenticationManager.AuthResult auth = bearer();
            ClientModel client = auth == null ? null : auth.getClient();
            UserModel user = auth == null ? null : auth.getUser();
            TokenAudience.Refusal refusal = TokenAudience.check(new TokenAudience.Caller(
                    auth != null && user != null && user.isEnabled(),
                    EfpApplication.isApplication(client),
                    client != null && client.isEnabled(),
                    user != null && user.getServiceAccountClientLink() != null));
            if (refusal != null) {
                throw new EfpException(refusal.status(), refusal.code(), refusal.message());
            }
            long now = System.currentTimeMillis();
            List<TokenClaims.Held> held = TokenClaims.held(session, client.getRealm(), user.getId(), client.getId(), null, now);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("sub", user.getId());
            body.put("application", client.getClientId());
            body.put(HabilitationClaim.CLAIM, TokenClaims.entries(session, held, now));
            return body;
        });
    }

    /**
     * The verified token, or null: Keycloak throws its own 401 (not our JSON) on a malformed
     * Authorization header, which is a missing token all the same.
     */
    private AuthenticationManager.AuthResult bearer() {
        try {
            return new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        } catch (WebApplicationException e) {
            return null;
        }
    }

    @Override
    public void close() {
    }
}
