package fr.gouv.travail.efp.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.keycloak.models.KeycloakSession;

/**
 * What every REST endpoint of the extension answers: JSON in UTF-8, never cached; a refusal
 * ({@link EfpException}) becomes {@code {error, message}} with its 4xx status and rolls the
 * transaction back, so that nothing is stored.
 */
public final class JsonApi {

    private JsonApi() {}

    /** Runs an endpoint body; a result that is not already a Response is sent as JSON (200). */
    public static Response call(KeycloakSession session, Supplier<?> body) {
        try {
            Object result = body.get();
            return result instanceof Response response ? response : json(200, result);
        } catch (EfpException e) {
            session.getTransactionManager().setRollbackOnly();
            return error(e);
        }
    }

    public static Response error(EfpException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.code());
        body.put("message", e.getMessage());
        return json(e.status(), body);
    }

    public static Response json(int status, Object entity) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(entity)
                .header("Cache-Control", "no-store")
                .build();
    }
}
