package fr.gouv.travail.efp.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailDatesTest {

    @Test
    void aDayInTheRecipientsLanguageInParisTime() {
        // 23:30 UTC on 1 December is already 2 December in Paris.
        long late = Instant.parse("2027-12-01T23:30:00Z").toEpochMilli();
        assertEquals("02/12/2027", MailDates.day(late, "fr"));
        assertEquals("2 December 2027", MailDates.day(late, "en"));
        assertEquals("02/12/2027", MailDates.day(late, "de"));
    }
}
