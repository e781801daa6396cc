package fr.gouv.travail.efp.caller;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.common.EfpException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Arrays;
import java.util.List;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;

/** Keycloak glue: the bearer token of the request, checked by Keycloak, then bound to an API by {@link AudienceCheck}. */
public final class BearerCaller {

    /** A person, through a token issued to an EFP application. */
    public record ApplicationCaller(UserModel user, ClientModel application) {}

    private BearerCaller() {}

    /** The caller's user, or a 401 (no valid token) / 403 (a token issued for something else). */
    public static UserModel authenticate(KeycloakSession session, ApiAudience api) {
        AuthenticationManager.AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null || auth.getUser() == null || !auth.getUser().isEnabled() || auth.getToken() == null) {
            throw new EfpException(
                    401,
                    "unauthorized",
                    "Authentification requise : jeton d'accès (Bearer) du royaume absent, expiré ou invalide.");
        }
        AccessToken token = auth.getToken();
        String party = token.getIssuedFor();
        ClientModel client =
                party == null ? null : session.getContext().getRealm().getClientByClientId(party);
        List<String> audiences = token.getAudience() == null ? List.of() : Arrays.asList(token.getAudience());
        AudienceCheck.refusal(
                        api,
                        audiences,
                        party,
                        EfpApplication.isApplication(client),
                        auth.getUser().getServiceAccountClientLink() != null)
                .ifPresent(refusal -> {
                    throw refusal;
                });
        return auth.getUser();
    }

    /**
     * The person and the application of an access token issued to an EFP application (signature,
     * expiry, type and session verified by Keycloak), or a 401 / 403 ({@link AudienceCheck#applicationRefusal}).
     */
    public static ApplicationCaller authenticateForApplication(KeycloakSession session) {
        AuthenticationManager.AuthResult auth = bearer(session);
        ClientModel client = auth == null ? null : auth.getClient();
        UserModel user = auth == null ? null : auth.getUser();
        AudienceCheck.applicationRefusal(
                        auth != null && user != null && user.isEnabled(),
                        EfpApplication.isApplication(client),
                        client != null && client.isEnabled(),
                        user != null && user.getServiceAccountClientLink() != null)
                .ifPresent(refusal -> {
                    throw refusal;
                });
        return new ApplicationCaller(user, client);
    }

    /**
     * The verified token, or null: Keycloak throws its own 401 (not our JSON) on a malformed
     * Authorization header, which is a missing token all the same.
     */
    private static AuthenticationManager.AuthResult bearer(KeycloakSession session) {
        try {
            return new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        } catch (WebApplicationException e) {
            return null;
        }
    }
}
