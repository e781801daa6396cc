package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.common.EfpException;

/** Checks of what a person types in an access request, before anything is stored. */
public final class AccessRequestInput {

    public static final int MAX_DESCRIPTION = 1000;

    private AccessRequestInput() {}

    /** The description trimmed (null when empty), or a 400 naming the limit. */
    public static String description(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip().replace("\r\n", "\n");
        if (text.length() > MAX_DESCRIPTION) {
            throw EfpException.badRequest(
                            "description_too_long",
                            "La description dépasse " + MAX_DESCRIPTION + " caractères (" + text.length() + ").")
                    .textArgs(String.valueOf(MAX_DESCRIPTION), String.valueOf(text.length()));
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw EfpException.badRequest("invalid_text", "La description contient des caractères non autorisés.");
        }
        return text;
    }

    /** Reason of a refusal: required, bounded. */
    public static String reason(String raw) {
        String text = description(raw);
        if (text == null) {
            throw EfpException.badRequest(
                    "missing_reason", "Indiquez le motif du refus : il est transmis au demandeur.");
        }
        return text;
    }
}
