package fr.gouv.travail.efp.audit;

import fr.gouv.travail.efp.common.EfpException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The dates a reader of the audit journal filters on, as sent (ISO 8601: a day, {@code
 * 2026-05-01}, read in Paris time, or an instant, {@code 2026-05-01T08:00:00Z}): {@code from}
 * counts from the start of its day, {@code to} up to the end of its day. Checked before any
 * query: unparsable, before 2000 or more than a year ahead, or a {@code from} after the {@code
 * to}, is a 400 saying so, never a 500 (an instant of year 1,000,000 overflows a long).
 *
 * @param from epoch milliseconds, inclusive, or null
 * @param to epoch milliseconds, exclusive, or null
 */
public record AuditPeriod(Long from, Long to) {

    public static final AuditPeriod ALWAYS = new AuditPeriod(null, null);

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    public static AuditPeriod of(String from, String to, Instant now) {
        Instant start = bound(from, "from", false, now);
        Instant end = bound(to, "to", true, now);
        if (start != null && end != null && !start.isBefore(end)) {
            throw EfpException.badRequest(
                    "invalid_date_range", "La date de début (from) doit précéder la date de fin (to).");
        }
        return new AuditPeriod(start == null ? null : start.toEpochMilli(), end == null ? null : end.toEpochMilli());
    }

    private static Instant bound(String raw, String parameter, boolean end, Instant now) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        Instant instant;
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                instant = (end ? day.plusDays(1) : day).atStartOfDay(PARIS).toInstant();
            } else {
                instant = Instant.parse(text);
            }
        } catch (DateTimeException e) {
            throw EfpException.badRequest(
                    "invalid_date",
                    "Paramètre " + parameter + " : date invalide « " + text
                            + " » (format AAAA-MM-JJ, par exemple 2026-05-01).");
        }
        Instant latest = now.atOffset(ZoneOffset.UTC).plusYears(1).toInstant();
        if (instant.isBefore(EARLIEST) || instant.isAfter(latest)) {
            throw EfpException.badRequest(
                    "invalid_date",
                    "Paramètre " + parameter + " : date hors limites « " + text
                            + " » (entre le 01/01/2000 et dans un an).");
        }
        return instant;
    }
}
