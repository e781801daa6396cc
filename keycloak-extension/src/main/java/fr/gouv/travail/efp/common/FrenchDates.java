package fr.gouv.travail.efp.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as French messages, pages and emails show them, in Paris time. */
public final class FrenchDates {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE).withZone(PARIS);
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm", Locale.FRANCE).withZone(PARIS);

    private FrenchDates() {}

    /** "02/12/2029". */
    public static String day(Instant instant) {
        return DAY.format(instant);
    }

    public static String day(long epochMillis) {
        return day(Instant.ofEpochMilli(epochMillis));
    }

    /** "30/06/2027 à 14h05". */
    public static String dayAndTime(long epochMillis) {
        return DAY_AND_TIME.format(Instant.ofEpochMilli(epochMillis));
    }
}
