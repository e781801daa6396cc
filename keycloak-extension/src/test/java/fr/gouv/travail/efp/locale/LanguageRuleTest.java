package fr.gouv.travail.efp.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageRuleTest {

    private static final List<String> SUPPORTED = List.of("fr", "en");

    private static Optional<String> decide(
            String chosen,
            boolean proven,
            boolean forBrowserPerson,
            String stored,
            List<String> asked,
            String cookie,
            List<String> browser) {
        return LanguageRule.decide(
                SUPPORTED, new LanguageRule.Signals(chosen, proven, forBrowserPerson, stored, asked, cookie, browser));
    }

    @Test
    void beforeProofTheAccountsChoiceIsNeverRead() {
        // English stored on the account, French browser: the forgotten-password pages stay French.
        assertEquals(Optional.of("fr"), decide(null, false, true, "en", List.of(), null, List.of("fr-FR", "en")));
        // Nothing from the browser: the realm's default applies, not the account.
        assertEquals(Optional.empty(), decide(null, false, true, "en", List.of(), null, List.of()));
    }

    @Test
    void onceProvenTheStoredChoiceWinsOverTheBrowser() {
        assertEquals(Optional.of("en"), decide(null, true, true, "en", List.of("fr"), "fr", List.of("fr-FR")));
    }

    @Test
    void aChoiceMadeOnThePageWinsOverEverything() {
        assertEquals(Optional.of("fr"), decide("fr", true, true, "en", List.of("en"), "en", List.of("en")));
        assertEquals(Optional.of("en"), decide("en", false, true, "fr", List.of("fr"), "fr", List.of("fr")));
    }

    @Test
    void theBrowsersSignalsInOrder_applicationThenCookieThenAcceptLanguage() {
        assertEquals(Optional.of("en"), decide(null, false, true, null, List.of("de", "en"), "fr", List.of("fr")));
        assertEquals(Optional.of("en"), decide(null, false, true, null, List.of(), "en", List.of("fr")));
        assertEquals(Optional.of("fr"), decide(null, false, true, null, List.of(), "xx", List.of("de-DE", "fr-CA")));
        // A proven person without a stored choice follows the browser too.
        assertEquals(Optional.of("en"), decide(null, true, true, null, List.of(), "en", List.of("fr")));
    }

    @Test
    void anEmailToSomeoneElseFollowsOnlyTheirStoredChoice() {
        assertEquals(Optional.of("en"), decide("fr", false, false, "en", List.of("fr"), "fr", List.of("fr")));
        assertEquals(Optional.empty(), decide("fr", false, false, null, List.of("fr"), "fr", List.of("fr")));
    }

    @Test
    void tagsMatchByLanguageWhenOneSideNamesNoCountry() {
        assertEquals(Optional.of("fr"), LanguageRule.match(SUPPORTED, "fr-FR"));
        assertEquals(Optional.of("en"), LanguageRule.match(SUPPORTED, "EN"));
        assertEquals(Optional.of("en-GB"), LanguageRule.match(List.of("fr", "en-GB"), "en"));
        assertEquals(Optional.empty(), LanguageRule.match(List.of("fr", "en-GB"), "en-US"));
        assertEquals(Optional.empty(), LanguageRule.match(SUPPORTED, " "));
        assertEquals(Optional.empty(), LanguageRule.match(SUPPORTED, null));
    }
}
