package fr.gouv.travail.efp.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.gouv.travail.efp.common.EfpException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditPeriodTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    private static String code(String from, String to) {
        EfpException refusal = assertThrows(EfpException.class, () -> AuditPeriod.of(from, to, NOW));
        assertEquals(400, refusal.status());
        return refusal.code();
    }

    @Test
    void aDayIsReadInParisTimeFromItsStartToItsEnd() {
        AuditPeriod period = AuditPeriod.of("2026-05-01", "2026-05-01", NOW);
        // Paris is UTC+2 in May.
        assertEquals(Instant.parse("2026-04-30T22:00:00Z").toEpochMilli(), period.from());
        assertEquals(Instant.parse("2026-05-01T22:00:00Z").toEpochMilli(), period.to());
    }

    @Test
    void anInstantIsTakenAsIsAndAMissingBoundDoesNotFilter() {
        AuditPeriod period = AuditPeriod.of(" 2026-05-01T08:00:00Z ", "", NOW);
        assertEquals(Instant.parse("2026-05-01T08:00:00Z").toEpochMilli(), period.from());
        assertEquals(null, period.to());
        assertEquals(AuditPeriod.ALWAYS, AuditPeriod.of(null, " ", NOW));
    }

    @Test
    void absurdDatesAreA400NeverA500() {
        assertEquals("invalid_date", code("2026-13-45", null));
        assertEquals("invalid_date", code("hier", null));
        assertEquals("invalid_date", code(null, "+1000000-01-01T00:00:00Z"));
        assertEquals("invalid_date", code("1999-12-31", null));
        assertEquals("invalid_date", code(null, "2030-01-01"));
        assertEquals("invalid_date_range", code("2026-05-02", "2026-05-01"));
    }
}
