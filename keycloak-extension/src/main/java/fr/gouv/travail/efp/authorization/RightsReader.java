package fr.gouv.travail.efp.authorization;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.charter.Charter;
import fr.gouv.travail.efp.charter.CharterDuty;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.Habilitations;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * Keycloak glue of {@link Rights}: reads the facts from the user's current role mappings (the
 * administrator realm role, the admin and support client roles of each application), the
 * habilitation table and the charter attributes, on every call, never from the token.
 */
public final class RightsReader {

    /** Realm role of the administrators (Administrateur). */
    public static final String ADMINISTRATOR_ROLE = "efp-administrator";

    private RightsReader() {}

    /** The caller's rights over every application of the realm. */
    public static Rights of(RealmModel realm, UserModel user) {
        return read(realm, user, EfpApplication.all(realm));
    }

    /** The caller's rights over one application as a whole (the others are not looked at). */
    public static Rights of(RealmModel realm, UserModel user, EfpApplication application) {
        return read(realm, user, Stream.of(application));
    }

    /** The caller's rights over an application for a company, or for a ministerial structure (no access manager there). */
    public static Rights.Pair over(
            KeycloakSession session, RealmModel realm, UserModel user, EfpApplication application, Company company) {
        if (!company.isCompany()) {
            return of(realm, user, application).overStructure(application.clientId(), application.displayName());
        }
        boolean accessManager =
                new Habilitations(session, realm).isAccessManager(user.getId(), application.id(), company.id());
        boolean owed = accessManager
                && CharterDuty.owes(
                        realm.getAttribute(Charter.VERSION_ATTRIBUTE),
                        user.getFirstAttribute(Charter.ACCEPTED_VERSION));
        return of(realm, user, application)
                .over(application.clientId(), application.displayName(), accessManager, owed);
    }

    private static Rights read(RealmModel realm, UserModel user, Stream<EfpApplication> applications) {
        Set<String> administered = new HashSet<>();
        Set<String> supported = new HashSet<>();
        applications.forEach(application -> {
            ClientModel client = application.client();
            if (holds(user, client.getRole(EfpApplication.ADMIN_ROLE))) administered.add(application.clientId());
            if (holds(user, client.getRole(EfpApplication.SUPPORT_ROLE))) supported.add(application.clientId());
        });
        return new Rights(holds(user, realm.getRole(ADMINISTRATOR_ROLE)), administered, supported);
    }

    private static boolean holds(UserModel user, RoleModel role) {
        return role != null && user.hasRole(role);
    }
}
