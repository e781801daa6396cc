package fr.gouv.travail.efp.captcha.form;

import fr.gouv.travail.efp.captcha.CaptchaSettings;
import jakarta.ws.rs.core.MultivaluedMap;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** Reads the CAPTCHA fields of a posted form and asks the realm's provider. */
public final class CaptchaCheck {

    private CaptchaCheck() {
    }

    public static boolean isRefresh(MultivaluedMap<String, String> form) {
        return "true".equals(form.getFirst(CaptchaFormFields.REFRESH));
    }

    /**
     * True when the posted answer solves the posted challenge. Oversized or missing values are
     * refused before reaching the provider; a present challenge is consumed either way.
     */
    public static boolean passes(KeycloakSession session, RealmModel realm, MultivaluedMap<String, String> form) {
        String id = form.getFirst(CaptchaFormFields.ID);
        String answer = form.getFirst(CaptchaFormFields.ANSWER);
        if (!isPlausible(id, CaptchaFormFields.MAX_ID_LENGTH) || !isPlausible(answer, CaptchaFormFields.MAX_ANSWER_LENGTH)) {
            return false;
        }
        return CaptchaSettings.provider(session, realm).verify(id, answer);
    }

    static boolean isPlausible(String value, int maxLength) {
        return value != null && !value.isBlank() && value.length() <= maxLength;
    }
}
