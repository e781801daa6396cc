package fr.gouv.travail.efp.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FrenchDatesTest {

    @Test
    void dayInParisTime() {
        // 23:30 UTC on 30 June is already 1 July in Paris (summer time, UTC+2).
        assertEquals("01/07/2027", FrenchDates.day(Instant.parse("2027-06-30T23:30:00Z")));
        assertEquals(
                "02/12/2029",
                FrenchDates.day(Instant.parse("2029-12-02T10:00:00Z").toEpochMilli()));
    }

    @Test
    void dayAndTimeInParisTime() {
        assertEquals(
                "30/06/2027 à 14h05",
                FrenchDates.dayAndTime(Instant.parse("2027-06-30T12:05:00Z").toEpochMilli()));
        // Winter time, UTC+1.
        assertEquals(
                "15/01/2027 à 09h00",
                FrenchDates.dayAndTime(Instant.parse("2027-01-15T08:00:00Z").toEpochMilli()));
    }
}
