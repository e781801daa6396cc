package fr.gouv.travail.efp.caller;

import fr.gouv.travail.efp.common.EfpException;
import java.util.Collection;
import java.util.Optional;

/**
 * Whether a valid token of the realm may call an API, decided from whom it was issued to
 * ({@code azp}) and for whom ({@code aud}), never from the roles it carries: roles say what a
 * person may do, not which program is asking. The same holds for the habilitations endpoint of
 * the applications ({@link #applicationRefusal}), which serves a person's token issued to an
 * application and nothing else.
 */
public final class AudienceCheck {

    private AudienceCheck() {}

    /**
     * The refusal for a token issued to {@code authorizedParty} for {@code audiences}, or empty
     * when it may call {@code api}. An EFP application's token is refused even if its audience was
     * widened by hand in the console: a relying party never acts in the person's name here.
     */
    public static Optional<EfpException> refusal(
            ApiAudience api,
            Collection<String> audiences,
            String authorizedParty,
            boolean partyIsApplication,
            boolean serviceAccount) {
        if (partyIsApplication) {
            return Optional.of(wrongAudience(api, "il a été délivré à l'application « " + authorizedParty + " »"));
        }
        if (audiences == null || !audiences.contains(api.audience())) {
            return Optional.of(
                    wrongAudience(api, "il a été délivré au client « " + authorizedParty + " » pour un autre usage"));
        }
        if (api == ApiAudience.ACCESS && serviceAccount) {
            return Optional.of(new EfpException(
                    403,
                    "service_account_refused",
                    "Cette API agit au nom d'une personne : un compte de service ne peut pas l'appeler."));
        }
        return Optional.empty();
    }

    /**
     * The refusal for a token presented to {@code efp-token/habilitations}, or empty when it may
     * read: a person's access token issued to (azp) an enabled EFP application. Decided from the
     * token's client, never from its roles: the account console, the CLI, admin-cli or a service
     * account hold a valid token of the realm, but not one the endpoint serves.
     */
    public static Optional<EfpException> applicationRefusal(
            boolean tokenValid, boolean partyIsApplication, boolean partyEnabled, boolean serviceAccount) {
        if (!tokenValid) {
            return Optional.of(
                    new EfpException(
                            401,
                            "unauthorized",
                            "Jeton d'accès absent, expiré ou invalide : envoyez le jeton d'accès de la personne (Authorization: Bearer)."));
        }
        if (!partyIsApplication || !partyEnabled) {
            return Optional.of(new EfpException(
                    403,
                    "wrong_audience",
                    "Ce point d'accès ne sert que les jetons d'accès émis pour une application EFP."));
        }
        if (serviceAccount) {
            return Optional.of(
                    new EfpException(
                            403,
                            "not_a_person",
                            "Ce point d'accès sert les habilitations d'une personne : le jeton d'un compte de service n'en a pas."));
        }
        return Optional.empty();
    }

    private static EfpException wrongAudience(ApiAudience api, String why) {
        return new EfpException(
                403, "wrong_audience", "Jeton refusé : il n'est pas destiné à " + api.label() + " (" + why + ").");
    }
}
