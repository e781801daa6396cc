package fr.gouv.travail.efp.common;

import java.net.URI;
import org.keycloak.common.util.KeycloakUriBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.urls.UrlType;

/**
 * Links sent to people (emails) point to Keycloak's public URL: its configured hostname
 * ({@code --hostname}, {@code KC_HOSTNAME}), which every stack sets, never the Host header of the
 * request that caused the email (a forged one would send an access manager to another site).
 */
public final class PublicUrls {

    private PublicUrls() {}

    /** {@code https://connexion.example/realms/efp/account/} ("Mon compte"), to add a query or a fragment to. */
    public static KeycloakUriBuilder account(KeycloakSession session, RealmModel realm) {
        return account(session.getContext().getUri(UrlType.FRONTEND).getBaseUri(), realm.getName());
    }

    static KeycloakUriBuilder account(URI base, String realmName) {
        return KeycloakUriBuilder.fromUri(base)
                .path("realms")
                .path(realmName)
                .path("account")
                .path("/");
    }
}
