package fr.gouv.travail.efp.locale;

import fr.gouv.travail.efp.common.EfpException;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/**
 * Texts a login page shows that the server writes (the gate's and the charter's messages), in
 * the page's language: the login theme's message of that language (keycloakify writes the theme's
 * messages_*.properties from keycloak-theme/src/login/i18n.ts), formatted as Keycloak formats
 * its own. A key the theme lacks falls back to the given French text.
 */
public final class PageText {

    private final Properties messages;
    private final Locale locale;

    private PageText(Properties messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The login theme's messages in the language of the page shown to {@code user}. */
    public static PageText of(KeycloakSession session, UserModel user) {
        Locale locale = session.getContext().resolveLocale(user);
        try {
            Theme theme = session.theme().getTheme(Theme.Type.LOGIN);
            return new PageText(theme.getEnhancedMessages(session.getContext().getRealm(), locale), locale);
        } catch (IOException unreadable) {
            return new PageText(new Properties(), locale);
        }
    }

    /** The message {@code key} with its arguments, or {@code french} when the theme has none. */
    public String text(String key, String french, Object... args) {
        String pattern = messages.getProperty(key);
        return pattern == null ? french : format(pattern, locale, args);
    }

    /** What a refusal says, in the page's language (its theme key, else its French message). */
    public String error(EfpException refusal) {
        return text(refusal.textKey(), refusal.getMessage(), refusal.textArgs());
    }

    static String format(String pattern, Locale locale, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }
}
