package fr.gouv.travail.efp.jpa;

import jakarta.persistence.EntityManager;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;

/** The entity manager of the session: Keycloak's, so our writes share its transaction. */
public final class Jpa {

    private Jpa() {}

    public static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
