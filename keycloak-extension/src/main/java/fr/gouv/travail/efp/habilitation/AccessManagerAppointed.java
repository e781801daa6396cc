package fr.gouv.travail.efp.habilitation;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;

/**
 * Published in the granting transaction when a habilitation is written that makes {@code user}
 * an access manager (granted so, or updated so), after the row is flushed: what follows from
 * being one (the charter) listens for it instead of being called from here.
 */
public record AccessManagerAppointed(KeycloakSession session, RealmModel realm, UserModel user)
        implements ProviderEvent {

    @Override
    public KeycloakSession getKeycloakSession() {
        return session;
    }
}
