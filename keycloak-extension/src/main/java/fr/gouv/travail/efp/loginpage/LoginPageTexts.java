package fr.gouv.travail.efp.loginpage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The texts of the login page that realm-config words (realm.yaml {@code loginPage}, realm
 * attributes {@code efp.loginPage.<text>.<language>}): to people of the former portal, about the
 * password reset migrated professionals must do once, and to agents. A text without a value is
 * not shown; the theme picks the page's language, French when the other is missing.
 */
public final class LoginPageTexts {

    /** FreeMarker attribute of login.ftl and of the agents' guide. */
    public static final String ATTRIBUTE = "loginTexts";

    static final String PREFIX = "efp.loginPage.";
    static final List<String> TEXTS = List.of("formerPortal", "passwordReset", "agents");
    static final List<String> LANGUAGES = List.of("fr", "en");

    private LoginPageTexts() {}

    /** text name, then language, then the text; only the texts realm-config gives. */
    public static Map<String, Map<String, String>> of(UnaryOperator<String> realmAttribute) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (String text : TEXTS) {
            Map<String, String> byLanguage = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                String value = realmAttribute.apply(PREFIX + text + "." + language);
                if (value != null && !value.isBlank()) {
                    byLanguage.put(language, value.strip());
                }
            }
            if (!byLanguage.isEmpty()) {
                texts.put(text, byLanguage);
            }
        }
        return texts;
    }
}
