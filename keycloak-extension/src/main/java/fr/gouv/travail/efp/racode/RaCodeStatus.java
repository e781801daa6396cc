package fr.gouv.travail.efp.racode;

import fr.gouv.travail.efp.common.EfpException;
import java.util.Locale;

/**
 * The four states of an RA code, and the JPQL condition that selects each one, so that a listing
 * filtered by state pages and counts in the database, agreeing with {@link RaCodes#status}.
 */
public enum RaCodeStatus {
    ACTIVE("c.revokedAt is null and c.usedAt is null and c.expiresAt > :now"),
    USED("c.revokedAt is null and c.usedAt is not null"),
    EXPIRED("c.revokedAt is null and c.usedAt is null and c.expiresAt <= :now"),
    REVOKED("c.revokedAt is not null");

    private final String condition;

    RaCodeStatus(String condition) {
        this.condition = condition;
    }

    /** The condition on the code aliased {@code c}; ACTIVE and EXPIRED bind {@code :now}. */
    public String condition() {
        return condition;
    }

    public boolean needsNow() {
        return condition.contains(":now");
    }

    /** The word of the API (active, used, expired, revoked). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A state named by its word; null or blank = no filter; anything else a clear 400. */
    public static RaCodeStatus parse(String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        for (RaCodeStatus status : values()) {
            if (status.word().equals(word.trim())) {
                return status;
            }
        }
        throw EfpException.badRequest(
                "invalid_status",
                "Statut de code inconnu : « " + word.trim()
                        + " ». Valeurs possibles : active, used, expired, revoked.");
    }
}
