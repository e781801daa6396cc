package fr.gouv.travail.efp.loginpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginPageTextsTest {

    @Test
    void keepsTheGivenTextsPerLanguage() {
        Map<String, String> realm = Map.of(
                "efp.loginPage.formerPortal.fr", "  Pas besoin de nouveau compte.  ",
                "efp.loginPage.formerPortal.en", "No new account needed.",
                "efp.loginPage.agents.fr", "Préfixe hydre\\",
                "efp.loginPage.agents.en", " ");
        Map<String, Map<String, String>> texts = LoginPageTexts.of(realm::get);
        assertEquals(
                Map.of("fr", "Pas besoin de nouveau compte.", "en", "No new account needed."),
                texts.get("formerPortal"));
        // A blank text is no text: English falls back to French in the theme.
        assertEquals(Map.of("fr", "Préfixe hydre\\"), texts.get("agents"));
        assertTrue(!texts.containsKey("passwordReset"));
    }

    @Test
    void nothingConfiguredIsNothingShown() {
        assertTrue(LoginPageTexts.of(name -> null).isEmpty());
    }
}
