package fr.gouv.travail.efp.invitation;

import fr.gouv.travail.efp.common.EfpException;
import java.util.Locale;
import org.keycloak.utils.EmailValidationUtil;

/** The invitee's address as typed by the inviter, checked and kept in lower case. */
public final class InvitationEmail {

    /** RFC 5321's longest usable address. */
    public static final int MAX_LENGTH = 254;

    private InvitationEmail() {}

    /**
     * Trimmed and lower-cased (Keycloak keeps addresses so, and compares them so), or a 400 that
     * says what is wrong. Keycloak's own rule, so that an invited address can also register.
     */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw EfpException.badRequest("missing_email", "Indiquez l'adresse électronique de la personne à inviter.");
        }
        String email = raw.strip().toLowerCase(Locale.ROOT);
        if (email.length() > MAX_LENGTH) {
            throw EfpException.badRequest(
                    "invalid_email", "L'adresse électronique dépasse " + MAX_LENGTH + " caractères.");
        }
        if (email.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))
                || !EmailValidationUtil.isValidEmail(email)) {
            throw EfpException.badRequest(
                    "invalid_email",
                    "Adresse électronique invalide : « " + email + " ». Format attendu : nom@domaine.fr");
        }
        return email;
    }
}
