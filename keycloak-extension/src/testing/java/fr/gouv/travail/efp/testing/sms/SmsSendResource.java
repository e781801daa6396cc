package fr.gouv.travail.efp.testing.sms;

import fr.gouv.travail.efp.admin.Caller;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.sms.SmsException;
import fr.gouv.travail.efp.sms.SmsGateway;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.keycloak.models.KeycloakSession;

/**
 * TEST ONLY, at /realms/{realm}/efp-testing/sms: sends one message through the server's SMS
 * gateway, so that a suite proves the gateway against the local SMS inbox (Brevo's API) before
 * the second factor uses it. Administrators only.
 */
public class SmsSendResource {

    public record Request(String to, String text) {}

    private final KeycloakSession session;

    public SmsSendResource(KeycloakSession session) {
        this.session = session;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(Request request) {
        return JsonApi.call(session, () -> {
            if (!Caller.authenticate(session).rights().administrator()) {
                throw EfpException.forbidden("Réservé aux administrateurs.");
            }
            if (request == null || request.to() == null || request.text() == null) {
                throw EfpException.badRequest("missing_body", "Corps JSON attendu : {to, text}.");
            }
            try {
                return JsonApi.json(
                        200,
                        Map.of(
                                "reference",
                                session.getProvider(SmsGateway.class).send(request.to(), request.text())));
            } catch (SmsException e) {
                return JsonApi.json(502, Map.of("kind", e.kind().name(), "message", e.getMessage()));
            } catch (IllegalArgumentException e) {
                throw EfpException.badRequest("invalid_number", "Numéro attendu au format E.164 (+33612345678).");
            }
        });
    }
}
