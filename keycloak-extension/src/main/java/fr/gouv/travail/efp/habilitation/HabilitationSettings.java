package fr.gouv.travail.efp.habilitation;

import org.jboss.logging.Logger;
import org.keycloak.models.RealmModel;

/**
 * The realm's rules for habilitations, from realm attributes written by realm-config
 * ({@code habilitations} in realm.yaml): how long a third-party delegation may last at most.
 */
public record HabilitationSettings(int thirdPartyMaxYears) {

    public static final String THIRD_PARTY_MAX_YEARS_ATTRIBUTE = "efp.habilitations.thirdPartyMaxYears";
    /** Three years: long enough for a multi-year mandate, short enough to be looked at again. */
    public static final int DEFAULT_THIRD_PARTY_MAX_YEARS = 3;
    /** The bounds realm-config accepts (provisioning/src/config/schema.ts). */
    public static final int MIN_YEARS = 1;

    public static final int MAX_YEARS = 10;
    public static final HabilitationSettings DEFAULT = new HabilitationSettings(DEFAULT_THIRD_PARTY_MAX_YEARS);

    private static final Logger LOG = Logger.getLogger(HabilitationSettings.class);

    public static HabilitationSettings of(RealmModel realm) {
        return parse(realm.getAttribute(THIRD_PARTY_MAX_YEARS_ATTRIBUTE), realm.getName());
    }

    /**
     * The settings an attribute value stands for. A value that makes no sense (set by hand past
     * realm-config's checks) is logged and the default applies: refusing every delegation, or
     * accepting endless ones, would both be worse than three years.
     */
    static HabilitationSettings parse(String raw, String realmName) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT;
        }
        try {
            int years = Integer.parseInt(raw.trim());
            if (years >= MIN_YEARS && years <= MAX_YEARS) {
                return new HabilitationSettings(years);
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        LOG.warnf(
                "Realm %s: %s = '%s' ignored (a whole number of years from %d to %d is expected), %d applies",
                realmName, THIRD_PARTY_MAX_YEARS_ATTRIBUTE, raw, MIN_YEARS, MAX_YEARS, DEFAULT_THIRD_PARTY_MAX_YEARS);
        return DEFAULT;
    }
}
