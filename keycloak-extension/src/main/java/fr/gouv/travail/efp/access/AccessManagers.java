package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.jpa.Jpa;
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
        long now = System.currentTimeMillis();
        return Jpa.em(session).createQuery("select h.userId from HabilitationEntity h where h.realmId = :realm and h.clientId = :client and h.organizationId = :org and h.accessManager = true and (h.expiresAt is null or h.expiresAt > :now)", String.class)
                .setParameter("realm", realm.getId()).setParameter("client", application.id()).setParameter("org", company.id()).setParameter("now", now)
                .getResultList().stream().map(id -> session.users().getUserById(realm, id)).filter(Objects::nonNull).filter(UserModel::isEnabled).toList();
    }
}
