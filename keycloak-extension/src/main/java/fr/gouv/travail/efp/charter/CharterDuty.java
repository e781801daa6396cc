package fr.gouv.travail.efp.charter;

import fr.gouv.travail.efp.common.EfpException;

/**
 * What an access manager owes before acting as one: the realm's current charter, accepted.
 * Decided where a caller's rights over an application and a company are (authorization/RightsReader), so
 * that a refreshed token, which no required action stops, cannot act before the acceptance.
 */
public final class CharterDuty {

    /** Stable for Mon compte, which turns it into a link to the charter page. */
    public static final String CODE = "charter_not_accepted";

    private CharterDuty() {}

    /** A realm without a charter asks nothing; otherwise the accepted version must be the current one. */
    public static boolean owes(String currentVersion, String acceptedVersion) {
        return currentVersion != null && !currentVersion.isBlank() && !currentVersion.equals(acceptedVersion);
    }

    public static EfpException refusal() {
        return new EfpException(
                403,
                CODE,
                "Vous êtes responsable des accès : acceptez la charte du responsable des accès"
                        + " (nouvelle ou mise à jour) avant de gérer les accès. Ouvrez la charte depuis Mon compte, lisez-la et acceptez-la, puis revenez ici.");
    }
}
