package fr.gouv.travail.efp.validation;

import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;

/** The validation-code policy in force in a realm: the server's, with the realm's overrides. */
final class ValidationCodeSettings {

    private static final Logger LOG = Logger.getLogger(ValidationCodeSettings.class);

    private ValidationCodeSettings() {}

    /**
     * {@code server} overridden by the realm's attributes. A realm attribute that makes no sense
     * (set by hand past realm-config's checks) is logged and ignored: the server's values are
     * safe, and a login page that fails for everybody is not.
     */
    static ValidationCodePolicy policy(RealmModel realm, ValidationCodePolicy server) {
        try {
            return server.overriddenBy(realm::getAttribute);
        } catch (IllegalArgumentException e) {
            LOG.warnf(
                    "Realm %s: validation-code attributes ignored, the server's values apply: %s",
                    realm.getName(), e.getMessage());
            return server;
        }
    }
}
