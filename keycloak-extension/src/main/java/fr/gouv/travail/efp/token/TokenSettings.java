package fr.gouv.travail.efp.token;

import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;

/**
 * How many habilitations an application's token lists before it carries the overage marker
 * instead (realm-config's {@code tokens.maxHabilitations}, applied as the realm attribute
 * {@value #MAX_HABILITATIONS_ATTRIBUTE}).
 */
public final class TokenSettings {

    public static final String MAX_HABILITATIONS_ATTRIBUTE = "efp.tokens.maxHabilitations";
    /**
     * About 150 bytes of JSON an entry: 20 entries keep a token near 5 KB once base64-encoded,
     * well under the 8 KB header limit of common reverse proxies.
     */
    public static final int DEFAULT_MAX_HABILITATIONS = 20;
    /** realm-config accepts the same range (provisioning/src/config/tokens.ts). */
    public static final int MIN = 1;

    public static final int MAX = 200;

    private static final Logger LOG = Logger.getLogger(TokenSettings.class);

    private TokenSettings() {}

    /**
     * The realm's value, or the default when absent. A value that makes no sense (set by hand
     * past realm-config's checks) is logged and the default applies: a token must still be issued.
     */
    public static int maxHabilitations(RealmModel realm) {
        String raw = realm.getAttribute(MAX_HABILITATIONS_ATTRIBUTE);
        try {
            return parseMaxHabilitations(raw);
        } catch (IllegalArgumentException e) {
            LOG.warnf(
                    "Realm %s: %s ignored, %d applies: %s",
                    realm.getName(), MAX_HABILITATIONS_ATTRIBUTE, DEFAULT_MAX_HABILITATIONS, e.getMessage());
            return DEFAULT_MAX_HABILITATIONS;
        }
    }

    /** Absent or blank: the default; otherwise a whole number from {@value #MIN} to {@value #MAX}. */
    static int parseMaxHabilitations(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_MAX_HABILITATIONS;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: " + raw);
        }
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("out of " + MIN + ".." + MAX + ": " + value);
        }
        return value;
    }
}
