package fr.gouv.travail.efp.captcha.form;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/** Puts a challenge on a form page; shared by the login, registration and reset steps. */
final class CaptchaAttachment {

    private static final Logger LOG = Logger.getLogger(CaptchaAttachment.class);

    private CaptchaAttachment() {}

    /**
     * Eager: the challenge exists before the page renders, so a provider outage becomes a clear
     * message on the page (and no CAPTCHA field, so the next submit fails: fail closed).
     */
    static void attachNow(
            KeycloakSession session,
            RealmModel realm,
            AuthenticationSessionModel authSession,
            LoginFormsProvider form) {
        try {
            form.setAttribute(CaptchaFormFields.ATTRIBUTE, new CaptchaFormBean(session, realm, authSession).prepare());
        } catch (RuntimeException e) {
            LOG.warnf(e, "CAPTCHA challenge could not be created for realm %s", realm.getName());
            form.setError(CaptchaFormFields.UNAVAILABLE_MESSAGE);
        }
    }

    /** Lazy: created only if the page is rendered after all (see CaptchaFormBean). */
    static void attachIfRendered(
            KeycloakSession session,
            RealmModel realm,
            AuthenticationSessionModel authSession,
            LoginFormsProvider form) {
        form.setAttribute(CaptchaFormFields.ATTRIBUTE, new CaptchaFormBean(session, realm, authSession));
    }

    /**
     * The fields worth giving back on a re-rendered page: never a password nor the consumed
     * CAPTCHA answer.
     */
    static MultivaluedMap<String, String> keepOnly(MultivaluedMap<String, String> posted, Set<String> fields) {
        MultivaluedMap<String, String> kept = new MultivaluedHashMap<>();
        for (String field : fields) {
            String value = posted.getFirst(field);
            if (value != null) {
                kept.putSingle(field, value);
            }
        }
        return kept;
    }

    /** Everything posted but passwords and the consumed CAPTCHA, for a form shown again. */
    static MultivaluedMap<String, String> withoutSecrets(MultivaluedMap<String, String> posted) {
        MultivaluedMap<String, String> kept = new MultivaluedHashMap<>();
        posted.forEach((field, values) -> {
            if (!field.startsWith("password")
                    && !field.equals(CaptchaFormFields.ANSWER)
                    && !field.equals(CaptchaFormFields.ID)) {
                kept.put(field, values);
            }
        });
        return kept;
    }
}
