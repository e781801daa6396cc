package fr.gouv.travail.efp.validation;

import java.util.Locale;

/**
 * The address a code was sent to, as the code page shows it: "m***@exemple.fr".
 *
 * <p>The pages mask what the person typed, never the address stored on an account, so the
 * masked value can never tell whether an account exists.
 */
public final class MaskedEmail {

    private static final String HIDDEN = "***";

    private MaskedEmail() {}

    /** First character of the local part, then "***", then the domain unchanged. */
    public static String of(String typed) {
        if (typed == null || typed.isBlank()) {
            return HIDDEN;
        }
        String email = typed.trim().toLowerCase(Locale.ROOT);
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return email.substring(0, email.offsetByCodePoints(0, 1)) + HIDDEN;
        }
        return email.substring(0, email.offsetByCodePoints(0, 1)) + HIDDEN + email.substring(at);
    }
}
