package fr.gouv.travail.efp.validation;

import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.UserModel;

/** How the code steps report to Keycloak's events, the same way from every step. */
final class EmailCodeEvents {

    /** Event error for a code tried once too often (Keycloak has no constant for it). */
    static final String TOO_MANY_ATTEMPTS = "efp_code_too_many_attempts";
    /** Event detail: why the account received what it received. */
    static final String PURPOSE = "efp_code_purpose";

    private EmailCodeEvents() {}

    static void wrongCode(EventBuilder event, UserModel user, EmailCodeExchange.Kind kind, boolean locked) {
        if (user != null) {
            event.user(user);
        }
        if (locked) {
            event.detail(Details.REASON, "account locked by brute-force detection");
        }
        event.error(
                switch (kind) {
                    case EXPIRED -> Errors.EXPIRED_CODE;
                    case TOO_MANY_ATTEMPTS -> TOO_MANY_ATTEMPTS;
                    default -> Errors.INVALID_CODE;
                });
    }
}
