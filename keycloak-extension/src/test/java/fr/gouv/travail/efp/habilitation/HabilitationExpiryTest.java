package fr.gouv.travail.efp.habilitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HabilitationExpiryTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static EfpException refused(String raw) {
        EfpException error = assertThrows(EfpException.class, () -> HabilitationExpiry.parse(raw, NOW), raw);
        assertEquals(400, error.status(), raw);
        assertEquals("invalid_expiry", error.code(), raw);
        return error;
    }

    @Test
    void aDateInTheFutureIsItsMilliseconds() {
        assertEquals(
                Instant.parse("2027-06-30T00:00:00Z").toEpochMilli(),
                HabilitationExpiry.parse(" 2027-06-30T00:00:00Z ", NOW));
    }

    @Test
    void theExtremesInstantAcceptsAreRefusedBeforeAnyConversion() {
        // Instant.parse takes these; toEpochMilli would throw ArithmeticException (a 500).
        assertTrue(refused("+1000000000-01-01T00:00:00Z").getMessage().contains("hors limites"));
        assertTrue(refused("-999999999-01-01T00:00:00Z").getMessage().contains("hors limites"));
        assertTrue(refused("+1000000000-12-31T23:59:59.999999999Z").getMessage().contains("hors limites"));
    }

    @Test
    void theSaneRangeIsTwoThousandToAHundredYearsAhead() {
        assertTrue(refused("1999-12-31T23:59:59Z").getMessage().contains("27/11/2126"));
        assertTrue(refused("2126-11-27T10:00:01Z").getMessage().contains("hors limites"));
        assertEquals(
                Instant.parse("2126-11-27T10:00:00Z").toEpochMilli(),
                HabilitationExpiry.parse("2126-11-27T10:00:00Z", NOW));
        assertTrue(refused("2026-11-27T10:00:00Z").getMessage().contains("dans le futur"));
        assertTrue(refused("2001-01-01T00:00:00Z").getMessage().contains("dans le futur"));
    }

    @Test
    void unparsableTextSaysTheFormat() {
        for (String raw : new String[] {
            "demain", "2027-06-30", "+1000000001-01-01T00:00:00Z", "2027-13-01T00:00:00Z", "9".repeat(400)
        }) {
            assertTrue(refused(raw).getMessage().contains("ISO 8601"), raw);
        }
    }
}
