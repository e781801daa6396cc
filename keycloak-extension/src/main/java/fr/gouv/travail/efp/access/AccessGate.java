package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.habilitation.Habilitations;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The rule of the gate: nobody reaches an application without a habilitation in force. */
public final class AccessGate {

    private AccessGate() {}

    public static boolean mayEnter(
            KeycloakSession session, RealmModel realm, UserModel user, EfpApplication application) {
        return !new Habilitations(session, realm)
                .activeOn(user.getId(), application.id(), System.currentTimeMillis())
                .isEmpty();
    }
}
