package fr.gouv.travail.efp.notification;

import fr.gouv.travail.efp.common.FrenchDates;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a mail shows them, in its recipient's language, in Paris time. */
public final class MailDates {

    private static final DateTimeFormatter ENGLISH_DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/Paris"));

    private MailDates() {}

    /** "02/12/2029" in French, "2 December 2029" in English. */
    public static String day(long epochMillis, String language) {
        return "en".equals(language)
                ? ENGLISH_DAY.format(Instant.ofEpochMilli(epochMillis))
                : FrenchDates.day(epochMillis);
    }
}
