package fr.gouv.travail.efp.habilitation;

import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.FrenchDates;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The end date of a habilitation as sent by a caller (ISO 8601), checked before anything is
 * stored: parsable, in a range a person could mean, in the future. {@link Instant#parse}
 * accepts years ±1,000,000,000, whose milliseconds overflow a long: the range is checked on the
 * instant itself, before any conversion, so that such a date is a 400, never a 500.
 */
public final class HabilitationExpiry {

    /** No habilitation of this system ends before it existed. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** Past this, an end date is a typo (year 20270 for 2027), not a decision. */
    static final int MAX_YEARS_AHEAD = 100;

    private HabilitationExpiry() {}

    /** Epoch milliseconds of {@code raw}, or a 400 {@code invalid_expiry} saying what is wrong. */
    public static long parse(String raw, Instant now) {
        return milliseconds(instant(raw), raw, now);
    }

    /** The instant {@code raw} names (any year {@link Instant} can hold), or a 400 on its format. */
    public static Instant instant(String raw) {
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeException e) {
            throw EfpException.badRequest(
                    "invalid_expiry",
                    "Date de fin invalide : « " + raw + " » (format ISO 8601, par exemple 2027-06-30T00:00:00Z).");
        }
    }

    /** Epoch milliseconds of a parsed end date once it is known to be in the sane range and the future. */
    public static long milliseconds(Instant instant, String raw, Instant now) {
        Instant latest = yearsAfter(now, MAX_YEARS_AHEAD);
        if (instant.isBefore(EARLIEST) || instant.isAfter(latest)) {
            throw EfpException.badRequest(
                    "invalid_expiry",
                    "Date de fin hors limites : « " + raw + " ». Indiquez une date entre aujourd'hui et le "
                            + frenchDate(latest) + ".");
        }
        if (!instant.isAfter(now)) {
            throw EfpException.badRequest("invalid_expiry", "La date de fin doit être dans le futur.");
        }
        return instant.toEpochMilli();
    }

    /** {@code years} calendar years after {@code now} (UTC), e.g. 2026-12-02 + 3 = 2029-12-02. */
    public static Instant yearsAfter(Instant now, int years) {
        return now.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
    }

    /** "02/12/2029", as people read dates (Paris time). */
    public static String frenchDate(Instant instant) {
        return FrenchDates.day(instant);
    }
}
