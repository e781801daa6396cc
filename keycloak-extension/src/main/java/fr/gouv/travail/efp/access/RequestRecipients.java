package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.authorization.RightsReader;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.AccessManagers;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/**
 * Who is told of a new access request: the company's access managers; for a ministerial structure
 * (which has none, agents' requests), the application's admins, or the administrators when the
 * application has no admin, so that a request never goes to nobody. The same people decide it
 * ({@link fr.gouv.travail.efp.authorization.Rights}).
 */
final class RequestRecipients {

    private RequestRecipients() {}

    static List<UserModel> of(KeycloakSession session, RealmModel realm, EfpApplication application, Company company) {
        if (company.isCompany()) {
            return AccessManagers.of(session, realm, application, company);
        }
        List<UserModel> admins = holders(session, realm, application.client().getRole(EfpApplication.ADMIN_ROLE));
        return admins.isEmpty() ? holders(session, realm, realm.getRole(RightsReader.ADMINISTRATOR_ROLE)) : admins;
    }

    private static List<UserModel> holders(KeycloakSession session, RealmModel realm, RoleModel role) {
        Stream<UserModel> members =
                role == null ? Stream.empty() : session.users().getRoleMembersStream(realm, role);
        return members.filter(Objects::nonNull).filter(UserModel::isEnabled).toList();
    }
}
