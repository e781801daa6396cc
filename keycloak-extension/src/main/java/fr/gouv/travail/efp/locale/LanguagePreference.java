package fr.gouv.travail.efp.locale;

import fr.gouv.travail.efp.common.EfpException;
import java.util.List;
import org.keycloak.locale.LocaleUpdaterProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A language the person chose explicitly outside the login pages (Mon compte's switch): stored on
 * the account ({@code locale}) and in the {@code KEYCLOAK_LOCALE} cookie, as Keycloak does for the
 * login page's switch, so that every later page follows it.
 */
public final class LanguagePreference {

    private LanguagePreference() {}

    /** Stores {@code wanted} (one of the realm's languages) for {@code user}; returns the tag stored. */
    public static String store(KeycloakSession session, RealmModel realm, UserModel user, String wanted) {
        List<String> supported = realm.getSupportedLocalesStream().toList();
        String tag = LanguageRule.match(supported, wanted)
                .orElseThrow(() -> EfpException.badRequest(
                        "unsupported_locale",
                        "Langue non proposée : choisissez parmi " + String.join(", ", supported) + "."));
        LocaleUpdaterProvider updater = session.getProvider(LocaleUpdaterProvider.class);
        updater.updateUsersLocale(user, tag);
        updater.updateLocaleCookie(tag);
        return tag;
    }
}
