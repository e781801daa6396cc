package fr.gouv.travail.efp.locale;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.keycloak.cookie.CookieProvider;
import org.keycloak.cookie.CookieType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.sessions.CommonClientSessionModel;

/**
 * Keycloak glue of {@link LanguageRule}: reads the flow, the account, the application's request,
 * the cookie and the browser's languages. Registered as the realm's {@code locale-selector}
 * ({@code --spi-locale-selector--provider=efp}).
 */
public class EfpLocaleSelector implements org.keycloak.locale.LocaleSelectorProvider {

    private final KeycloakSession session;

    public EfpLocaleSelector(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Locale resolveLocale(RealmModel realm, UserModel user) {
        return resolveLocale(realm, user, false);
    }

    /**
     * The language of the page that started a job run apart (an email sent after the request, on
     * a session without HTTP request): set on the job's session by {@link #carryPageLanguage}.
     */
    public static final String PAGE_LANGUAGE = "efp.locale.page";

    /** The language of the page being answered, for {@code user}: to hand over to a job. */
    public static String pageLanguage(KeycloakSession session, UserModel user) {
        return session.getContext().resolveLocale(user).toLanguageTag();
    }

    /** Makes {@code job} (a session of its own) speak the language of the page that queued it. */
    public static void carryPageLanguage(KeycloakSession job, String languageTag) {
        if (languageTag != null) job.setAttribute(PAGE_LANGUAGE, languageTag);
    }

    @Override
    public Locale resolveLocale(RealmModel realm, UserModel user, boolean ignoreAcceptLanguageHeader) {
        if (!realm.isInternationalizationEnabled()) return Locale.ENGLISH;
        String page = session.getAttribute(PAGE_LANGUAGE, String.class);
        if (page != null) return Locale.forLanguageTag(page);
        AuthenticationSessionModel flow = session.getContext().getAuthenticationSession();
        HttpHeaders headers = requestHeaders();
        UserModel atBrowser = flow == null ? null : flow.getAuthenticatedUser();
        // In a login flow the browser is the flow's person's; elsewhere (Mon compte, the APIs) a
        // user named with the flag set is someone else (an email from an API call).
        boolean forBrowserPerson = flow != null
                ? user == null || atBrowser == null || atBrowser.getId().equals(user.getId())
                : user == null || !ignoreAcceptLanguageHeader;
        boolean proven = user != null
                && (flow == null
                        || CommonClientSessionModel.Action.REQUIRED_ACTIONS
                                .name()
                                .equals(flow.getAction()));
        String chosen = flow == null
                ? session.getAttribute(USER_REQUEST_LOCALE, String.class)
                : flow.getAuthNote(USER_REQUEST_LOCALE);
        String asked = flow == null ? null : flow.getClientNote(CLIENT_REQUEST_LOCALE);
        String cookie = headers == null
                ? null
                : session.getProvider(CookieProvider.class).get(CookieType.LOCALE);
        List<String> browser = headers == null || headers.getAcceptableLanguages() == null
                ? List.of()
                : headers.getAcceptableLanguages().stream()
                        .map(Locale::toLanguageTag)
                        .toList();
        LanguageRule.Signals signals = new LanguageRule.Signals(
                chosen,
                proven,
                forBrowserPerson,
                user == null ? null : user.getFirstAttribute(UserModel.LOCALE),
                asked == null ? List.of() : Arrays.asList(asked.split(" ")),
                cookie,
                browser);
        List<String> supported = realm.getSupportedLocalesStream().toList();
        return LanguageRule.decide(supported, signals)
                .map(Locale::forLanguageTag)
                .orElseGet(() -> realm.getDefaultLocale() == null
                        ? Locale.ENGLISH
                        : Locale.forLanguageTag(realm.getDefaultLocale()));
    }

    /** The request's headers; none in a job run apart from any request (no request context). */
    private HttpHeaders requestHeaders() {
        try {
            return session.getContext().getRequestHeaders();
        } catch (RuntimeException noRequestContext) {
            // Keycloak throws CDI's ContextNotActiveException (not on our compile path).
            return null;
        }
    }

    @Override
    public void close() {}
}
