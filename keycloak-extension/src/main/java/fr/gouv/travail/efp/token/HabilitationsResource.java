package fr.gouv.travail.efp.token;

import fr.gouv.travail.efp.caller.BearerCaller;
import fr.gouv.travail.efp.common.JsonApi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
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
            BearerCaller.ApplicationCaller caller = BearerCaller.authenticateForApplication(session);
            ClientModel client = caller.application();
            UserModel user = caller.user();
            long now = System.currentTimeMillis();
            List<TokenClaims.Held> held =
                    TokenClaims.held(session, client.getRealm(), user.getId(), client.getId(), null, now);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("sub", user.getId());
            body.put("application", client.getClientId());
            body.put(HabilitationClaim.CLAIM, TokenClaims.entries(session, held, now));
            return body;
        });
    }

    @Override
    public void close() {}
}
