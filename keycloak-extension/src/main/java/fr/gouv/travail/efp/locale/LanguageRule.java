package fr.gouv.travail.efp.locale;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a page or an email is in. The pure rule, without Keycloak: {@link
 * EfpLocaleSelector} gathers what it reads and asks here.
 *
 * <ol>
 *   <li>what the person chose in this very flow (the language switch of the page, {@code kc_locale});
 *   <li>once the person proved who they are, the choice stored on their account ({@code locale});
 *   <li>what the browser says: the application's {@code ui_locales}, the {@code KEYCLOAK_LOCALE}
 *       cookie (the last explicit choice in this browser), then {@code Accept-Language};
 *   <li>the realm's default language.
 * </ol>
 *
 * <p>Before the person proved who they are (forgotten password, account creation, the code
 * pages), the account's stored choice is never read: a page must not change with the address
 * typed, which would tell whether an account exists. Signals of the browser only speak for the
 * person at the browser: for an email to someone else, only their stored choice counts.
 */
public final class LanguageRule {

    /**
     * What is known when a language is needed.
     *
     * @param chosen the language picked on the page during this flow, or null
     * @param proven the person at the browser proved who they are (signed in, or past the login
     *     in the required actions)
     * @param forBrowserPerson the language is for the person at this browser (not an email to
     *     someone else)
     * @param stored the {@code locale} attribute of the account, or null
     * @param applicationAsked the application's {@code ui_locales}, most wanted first
     * @param cookie the {@code KEYCLOAK_LOCALE} cookie, or null
     * @param browser the {@code Accept-Language} languages, most wanted first
     */
    public record Signals(
            String chosen,
            boolean proven,
            boolean forBrowserPerson,
            String stored,
            List<String> applicationAsked,
            String cookie,
            List<String> browser) {}

    private LanguageRule() {}

    /** The supported language to use, or empty when nothing matches (the realm's default applies). */
    public static Optional<String> decide(List<String> supported, Signals signals) {
        if (signals.forBrowserPerson()) {
            Optional<String> chosen = match(supported, signals.chosen());
            if (chosen.isPresent()) return chosen;
        }
        if (signals.proven() || !signals.forBrowserPerson()) {
            Optional<String> stored = match(supported, signals.stored());
            if (stored.isPresent() || !signals.forBrowserPerson()) return stored;
        }
        for (String asked : signals.applicationAsked()) {
            Optional<String> found = match(supported, asked);
            if (found.isPresent()) return found;
        }
        Optional<String> cookie = match(supported, signals.cookie());
        if (cookie.isPresent()) return cookie;
        for (String language : signals.browser()) {
            Optional<String> found = match(supported, language);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    /**
     * The supported tag for a wanted one: the same tag, else the same language when one of the two
     * names no country ({@code fr-FR} finds {@code fr}, {@code en} finds {@code en-GB}).
     */
    static Optional<String> match(List<String> supported, String wanted) {
        if (wanted == null || wanted.isBlank()) return Optional.empty();
        Locale want = Locale.forLanguageTag(wanted.strip().replace('_', '-'));
        if (want.getLanguage().isEmpty()) return Optional.empty();
        Optional<String> exact = supported.stream()
                .filter(tag -> Locale.forLanguageTag(tag).equals(want))
                .findFirst();
        if (exact.isPresent()) return exact;
        return supported.stream()
                .filter(tag -> {
                    Locale candidate = Locale.forLanguageTag(tag);
                    return candidate.getLanguage().equals(want.getLanguage())
                            && (candidate.getCountry().isEmpty()
                                    || want.getCountry().isEmpty());
                })
                .findFirst();
    }
}
