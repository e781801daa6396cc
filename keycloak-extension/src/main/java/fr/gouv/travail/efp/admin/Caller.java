package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.authorization.Rights;
import fr.gouv.travail.efp.authorization.RightsReader;
import fr.gouv.travail.efp.caller.ApiAudience;
import fr.gouv.travail.efp.caller.BearerCaller;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.users.UserQuery;
import java.util.HashSet;
import java.util.Set;
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

    /**
     * The internal ids of the applications whose accounts and journal the caller reads (those they
     * administer or support, that still exist), or null for everything: an administrator.
     */
    Set<String> readableApplicationIds(Lookups lookups) {
        if (rights.administrator()) {
            return null;
        }
        Set<String> clientIds = new HashSet<>(rights.administeredApplications());
        clientIds.addAll(rights.supportedApplications());
        Set<String> ids = new HashSet<>();
        for (String clientId : clientIds) {
            EfpApplication.find(lookups.realm(), clientId)
                    .map(EfpApplication::id)
                    .ifPresent(ids::add);
        }
        // Staff of applications that no longer exist reads nothing: a perimeter nobody is in.
        return ids.isEmpty() ? Set.of("") : ids;
    }

    /** The user list's perimeter: everything for an administrator, else {@link #readableApplicationIds}. */
    UserQuery.Perimeter userPerimeter(Lookups lookups) {
        Set<String> ids = readableApplicationIds(lookups);
        return ids == null ? UserQuery.Perimeter.all() : UserQuery.Perimeter.of(ids);
    }
}
