package fr.gouv.travail.efp.common;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.urls.UrlType;

/**
 * Links sent to people (emails) point to Keycloak's public URL: its configured hostname
 * ({@code --hostname}, {@code KC_HOSTNAME}), which every stack sets, never the Host header of the
 * request that caused the email (a forged one would send an access manager to another site).
 */
public final class PublicUrls {

    private PublicUrls() {
    }

    /** {@code https://connexion.example/realms/efp}, without a trailing slash. */
    public static String realm(KeycloakSession session, RealmModel realm) {
        return trimmed(session.getContext().getUri(UrlType.FRONTEND).getBaseUri().toString()) + "/realms/" + realm.getName();
    }

    static String trimmed(String base) {
        return base.replaceAll("/+$", "");
    }
}
