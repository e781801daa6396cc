package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.common.EfpException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;

/** Shared plumbing of the admin API: JSON errors, paging bounds, authentication. */
final class Api {

    private static final Logger LOG = Logger.getLogger(Api.class);
    static final int DEFAULT_MAX = 100;
    static final int MAX_MAX = 1000;

    private Api() {
    }

    /** Runs an endpoint body; a refusal becomes its JSON error, and the transaction rolls back. */
    static Response call(KeycloakSession session, Supplier<Response> body) {
        try {
            return body.get();
        } catch (EfpException e) {
            session.getTransactionManager().setRollbackOnly();
            return error(e);
        }
    }

    static Response error(EfpException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.code());
        body.put("message", e.getMessage());
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body)
                .header("Cache-Control", "no-store").build();
    }

    static Response json(int status, Object entity) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(entity)
                .header("Cache-Control", "no-store").build();
    }

    static Response ok(Object entity) {
        return json(200, entity);
    }

    /** The caller, or a 401/403 JSON response thrown the JAX-RS way (used in locators). */
    static Caller staff(KeycloakSession session) {
        try {
            Caller caller = Caller.authenticate(session);
            caller.requireStaff();
            return caller;
        } catch (EfpException e) {
            if (e.status() == 403) {
                LOG.debugf("admin API refused to a non-staff caller");
            }
            throw new WebApplicationException(error(e));
        }
    }

    static int first(Integer first) {
        if (first != null && first < 0) {
            throw EfpException.badRequest("invalid_paging", "first doit être positif ou nul.");
        }
        return first == null ? 0 : first;
    }

    static int max(Integer max) {
        if (max != null && (max < 1 || max > MAX_MAX)) {
            throw EfpException.badRequest("invalid_paging", "max doit être compris entre 1 et " + MAX_MAX + ".");
        }
        return max == null ? DEFAULT_MAX : max;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
