package fr.gouv.travail.efp.captcha;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * {@code GET /realms/{realm}/efp-captcha/{id}/image|audio}: the media of a challenge, whatever
 * the provider, so the login page loads nothing from a third party.
 *
 * <p>Public by nature (the login page is anonymous): the unguessable id is the capability, and
 * it dies with the challenge. Responses are never cached (a shared cache would hand the image
 * to the next visitor) and never sniffed (a browser must not run them as anything else).
 */
public class CaptchaResource implements RealmResourceProvider {

    private static final Logger LOG = Logger.getLogger(CaptchaResource.class);
    /** Covers every provider's ids (base64url, UUIDs); anything else never reaches a lookup. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    private final KeycloakSession session;

    public CaptchaResource(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return this;
    }

    @GET
    @Path("{id}/image")
    public Response image(@PathParam("id") String id) {
        return media(id, provider -> provider.image(id));
    }

    @GET
    @Path("{id}/audio")
    public Response audio(@PathParam("id") String id) {
        return media(id, provider -> provider.audio(id));
    }

    static boolean isWellFormedId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private Response media(String id, Function<CaptchaProvider, Optional<CaptchaMedia>> fetch) {
        if (!isWellFormedId(id)) {
            return text(Response.Status.BAD_REQUEST, "Identifiant de code de sécurité invalide.");
        }
        Optional<CaptchaMedia> media;
        try {
            media = fetch.apply(
                    CaptchaSettings.provider(session, session.getContext().getRealm()));
        } catch (RuntimeException e) {
            LOG.warnf(
                    e,
                    "CAPTCHA media unavailable in realm %s",
                    session.getContext().getRealm().getName());
            return text(
                    Response.Status.SERVICE_UNAVAILABLE,
                    "Le code de sécurité ne peut pas être affiché pour le moment.");
        }
        return media.map(found -> secured(Response.ok(found.bytes(), found.contentType())))
                .orElseGet(() -> text(
                        Response.Status.NOT_FOUND,
                        "Ce code de sécurité a expiré ou n'existe pas : affichez un nouveau code."));
    }

    private static Response text(Response.Status status, String message) {
        return secured(Response.status(status)
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(message));
    }

    private static Response secured(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @Override
    public void close() {}
}
