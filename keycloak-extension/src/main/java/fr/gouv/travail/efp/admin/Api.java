package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;

/** Shared plumbing of the admin API: paging bounds, authentication in the locators. */
final class Api {

    private static final Logger LOG = Logger.getLogger(Api.class);
    static final int DEFAULT_MAX = 100;
    static final int MAX_MAX = 1000;

    private Api() {}

    /** The caller, or a 401/403 JSON response thrown the JAX-RS way (used in locators). */
    static Caller staff(KeycloakSession session) {
        try {
            Caller caller = Caller.authenticate(session);
            caller.rights().requireStaff();
            return caller;
        } catch (EfpException e) {
            if (e.status() == 403) {
                LOG.debugf("admin API refused to a non-staff caller");
            }
            throw new WebApplicationException(JsonApi.error(e));
        }
    }

    static int first(Integer first) {
        if (first != null && first < 0) {
            throw EfpException.badRequest("invalid_paging", "Le paramètre first doit être un entier positif ou nul.");
        }
        return first == null ? 0 : first;
    }

    static int max(Integer max) {
        if (max != null && (max < 1 || max > MAX_MAX)) {
            throw EfpException.badRequest(
                    "invalid_paging", "Le paramètre max doit être un entier de 1 à " + MAX_MAX + ".");
        }
        return max == null ? DEFAULT_MAX : max;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
