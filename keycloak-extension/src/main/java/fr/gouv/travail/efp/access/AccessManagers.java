package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.Habilitations;
import java.util.List;
import java.util.Objects;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The access managers of an application for a company: habilitations flagged, not expired. */
public final class AccessManagers {

    private AccessManagers() {
    }

    public static List<UserModel> of(KeycloakSession session, RealmModel realm, EfpApplication application, Company company) {
        return new Habilitations(session, realm).accessManagers(new Habilitations.Filter(application.id(), company.id(), null), 1000).stream().map(id -> session.users().getUserById(realm, id)).filter(Objects::nonNull).filter(UserModel::isEnabled).toList();
    }
}
