package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.caller.ApiAudience;
import fr.gouv.travail.efp.caller.BearerCaller;
import fr.gouv.travail.efp.common.EfpException;
import java.util.HashSet;
import java.util.Set;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * The authenticated caller of the admin API: a bearer token issued for the efp-admin audience (a
 * person's CLI session that asked for it, or the service account of an automation client), and
 * what its roles allow. Roles are read from the
 * user's current role mappings, not from the token, so a withdrawn role stops working at once.
 */
public record Caller(UserModel user, AccessRules rules, String ipAddress) {

    /** Realm role of the administrators (Administrateur). */
    public static final String ADMINISTRATOR_ROLE = "efp-administrator";

    public static Caller authenticate(KeycloakSession session) {
        UserModel user = BearerCaller.authenticate(session, ApiAudience.ADMIN);
        RealmModel realm = session.getContext().getRealm();
        RoleModel administrator = realm.getRole(ADMINISTRATOR_ROLE);
        Set<String> administered = new HashSet<>();
        Set<String> supported = new HashSet<>();
        EfpApplication.all(realm).forEach(application -> {
            ClientModel client = application.client();
            if (holds(user, client.getRole(EfpApplication.ADMIN_ROLE))) administered.add(application.clientId());
            if (holds(user, client.getRole(EfpApplication.SUPPORT_ROLE))) supported.add(application.clientId());
        });
        var connection = session.getContext().getConnection();
        return new Caller(user, new AccessRules(holds(user, administrator), Set.copyOf(administered), Set.copyOf(supported)),
                connection == null ? null : connection.getRemoteAddr());
    }

    private static boolean holds(UserModel user, RoleModel role) {
        return role != null && user.hasRole(role);
    }

    public AuditLog.Actor actor() {
        String name = user.getServiceAccountClientLink() != null ? "service-account:" + user.getUsername() : user.getUsername();
        return new AuditLog.Actor(user.getId(), name, ipAddress);
    }

    public void requireStaff() {
        if (!rules.isStaff()) {
            throw EfpException.forbidden("Accès refusé : réservé aux administrateurs, administrateurs applicatifs et assistants.");
        }
    }

    public void requireManage(EfpApplication application) {
        if (!rules.canManage(application.clientId())) {
            throw EfpException.forbidden("Accès refusé : vous n'administrez pas l'application " + application.displayName() + ".");
        }
    }

    public void requireRead(EfpApplication application) {
        if (!rules.canRead(application.clientId())) {
            throw EfpException.forbidden("Accès refusé : l'application " + application.displayName() + " ne fait pas partie de votre périmètre.");
        }
    }

    /**
     * The internal id of the application a listing is narrowed to (the caller must be allowed to
     * read it), or null for every application: administrators only.
     */
    String listedApplication(Lookups lookups, String application) {
        if (Api.blankToNull(application) == null) {
            if (!rules.administrator()) {
                throw EfpException.badRequest("missing_application", "Précisez l'application (paramètre application) : vous n'administrez pas toutes les applications.");
            }
            return null;
        }
        EfpApplication app = lookups.application(application);
        requireRead(app);
        return app.id();
    }

    public void requireManageCompanies() {
        if (!rules.canManageCompanies()) {
            throw EfpException.forbidden("Accès refusé : réservé aux administrateurs.");
        }
    }
}
