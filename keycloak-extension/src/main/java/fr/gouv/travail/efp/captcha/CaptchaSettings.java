package fr.gouv.travail.efp.captcha;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Which provider a realm uses. */
public final class CaptchaSettings {

    /** Realm attribute naming the {@link CaptchaProviderFactory} id; set by realm-config. */
    public static final String PROVIDER_ATTRIBUTE = "efp.captcha.provider";

    /** Self-hosted, no network: the safe default when a realm names none. */
    public static final String DEFAULT_PROVIDER = "builtin";

    private CaptchaSettings() {}

    public static String providerId(RealmModel realm) {
        String id = realm.getAttribute(PROVIDER_ATTRIBUTE);
        return id == null || id.isBlank() ? DEFAULT_PROVIDER : id.trim();
    }

    /**
     * The realm's provider. Fails loudly when the realm names a provider that is not installed
     * (e.g. {@code fixed} outside the test harness) rather than falling back to no CAPTCHA.
     */
    public static CaptchaProvider provider(KeycloakSession session, RealmModel realm) {
        String id = providerId(realm);
        CaptchaProvider provider = session.getProvider(CaptchaProvider.class, id);
        if (provider == null) {
            throw new IllegalStateException(
                    "CAPTCHA provider '" + id + "' named by realm " + realm.getName() + " is not installed");
        }
        return provider;
    }
}
