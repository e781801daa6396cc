package fr.gouv.travail.efp.token;

/**
 * Who may read habilitations from {@link HabilitationsResource}: a person's access token issued
 * to (azp) an EFP application. Decided from the token's client, never from its roles: the
 * account console, the CLI, admin-cli or a service account hold a valid token of the realm, but
 * not one the endpoint serves.
 */
public final class TokenAudience {

    /** The caller as the verified token describes it. */
    public record Caller(boolean tokenValid, boolean clientIsApplication, boolean clientEnabled, boolean serviceAccount) {
    }

    /** The refusal, or null when the caller may read. */
    public record Refusal(int status, String code, String message) {
    }

    private TokenAudience() {
    }

    public static Refusal check(Caller caller) {
        if (!caller.tokenValid()) {
            return new Refusal(401, "unauthorized", "Jeton d'accès absent, expiré ou invalide : envoyez le jeton d'accès de la personne (Authorization: Bearer).");
        }
        if (!caller.clientIsApplication() || !caller.clientEnabled()) {
            return new Refusal(403, "wrong_audience", "Ce point d'accès ne sert que les jetons d'accès émis pour une application EFP.");
        }
        if (caller.serviceAccount()) {
            return new Refusal(403, "not_a_person", "Ce point d'accès sert les habilitations d'une personne : le jeton d'un compte de service n'en a pas.");
        }
        return null;
    }
}
