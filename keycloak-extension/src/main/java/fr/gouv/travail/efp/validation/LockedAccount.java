package fr.gouv.travail.efp.validation;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

/** Keycloak's brute-force detection, as the code steps use it. */
final class LockedAccount {

    private LockedAccount() {}

    /** Whether brute-force detection currently locks {@code user} (never for a missing user). */
    static boolean isLocked(KeycloakSession session, RealmModel realm, UserModel user) {
        if (user == null || !realm.isBruteForceProtected()) {
            return false;
        }
        BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
        return protector.isTemporarilyDisabled(session, realm, user)
                || protector.isPermanentlyLockedOut(session, realm, user);
    }

    /** Counts a wrong code as a failed login of {@code user}, as a wrong password would. */
    static void recordFailure(KeycloakSession session, RealmModel realm, UserModel user) {
        if (user == null || !realm.isBruteForceProtected()) {
            return;
        }
        session.getProvider(BruteForceProtector.class)
                .failedLogin(
                        realm,
                        user,
                        session.getContext().getConnection(),
                        session.getContext().getUri(),
                        null);
    }
}
