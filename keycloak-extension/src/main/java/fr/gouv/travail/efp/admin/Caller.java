package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.authorization.Rights;
import fr.gouv.travail.efp.authorization.RightsReader;
import fr.gouv.travail.efp.caller.ApiAudience;
import fr.gouv.travail.efp.caller.BearerCaller;
import fr.gouv.travail.efp.common.EfpException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * The authenticated caller of the admin API: a bearer token issued for the efp-admin audience (a
 * person's CLI session that asked for it, or the service account of an automation client), and
 * its {@link Rights} over every application, read from the user's current role mappings, not
 * from the token, so that a withdrawn role stops working at once.
 */
public record Caller(UserModel user, Rights rights, AuditLog.Actor actor) {

    public static Caller authenticate(KeycloakSession session) {
        UserModel user = BearerCaller.authenticate(session, ApiAudience.ADMIN);
        return new Caller(
                user, RightsReader.of(session.getContext().getRealm(), user), AuditLog.Actor.of(session, user));
    }

    public void requireManage(EfpApplication application) {
        rights.requireManage(application.clientId(), application.displayName());
    }

    public void requireRead(EfpApplication application) {
        rights.requireRead(application.clientId(), application.displayName());
    }

    /**
     * The internal id of the application a listing is narrowed to (the caller must be allowed to
     * read it), or null for every application: administrators only.
     */
    String listedApplication(Lookups lookups, String application) {
        if (Api.blankToNull(application) == null) {
            if (!rights.administrator()) {
                throw EfpException.badRequest(
                        "missing_application",
                        "Précisez l'application (paramètre application) : vous n'administrez pas toutes les applications.");
            }
            return null;
        }
        EfpApplication app = lookups.application(application);
        requireRead(app);
        return app.id();
    }
}
