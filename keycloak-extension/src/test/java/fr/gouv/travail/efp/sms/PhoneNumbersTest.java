package fr.gouv.travail.efp.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    private static String e164(String typed) {
        return PhoneNumbers.read(typed).mobile().map(PhoneNumbers.Mobile::e164).orElse(null);
    }

    private static Optional<PhoneNumbers.Refusal> refusal(String typed) {
        return PhoneNumbers.read(typed).refusal();
    }

    @Test
    void frenchMobilesHoweverTypedBecomeOneE164Number() {
        for (String typed : new String[] {
            "06 12 34 56 78",
            "0612345678",
            "06.12.34.56.78",
            "+33 6 12 34 56 78",
            "0033612345678",
            "+33612345678",
            " 06-12-34-56-78 "
        }) {
            assertEquals("+33612345678", e164(typed), typed);
        }
        assertEquals("+33781234567", e164("07 81 23 45 67"));
        assertEquals(
                "+33 6 12 34 56 78",
                PhoneNumbers.read("0612345678").mobile().orElseThrow().international());
    }

    @Test
    void overseasAndForeignMobilesKeepTheirCountry() {
        // Réunion, Guadeloupe: their own country codes; a British mobile.
        assertEquals("+262692123456", e164("+262 692 12 34 56"));
        assertEquals("+590690123456", e164("+590 690 12 34 56"));
        assertEquals("+447911123456", e164("+44 7911 123456"));
    }

    @Test
    void notANumberOrNotAMobileIsRefusedAndSaysWhy() {
        for (String typed :
                new String[] {"", "   ", "bonjour", "06 12", "+33 6 12 34 56 78 90 12", "0".repeat(41), "<script>"}) {
            assertEquals(Optional.of(PhoneNumbers.Refusal.INVALID), refusal(typed), typed);
        }
        assertEquals(Optional.of(PhoneNumbers.Refusal.INVALID), refusal(null));
        // A Paris landline and a premium-rate number receive no SMS.
        assertEquals(Optional.of(PhoneNumbers.Refusal.NOT_MOBILE), refusal("01 44 38 30 00"));
        assertEquals(Optional.of(PhoneNumbers.Refusal.NOT_MOBILE), refusal("08 99 12 34 56"));
    }

    @Test
    void aMaskedNumberShowsItsCountryItsFirstDigitAndItsLastTwo() {
        assertEquals(
                "+33 6 •• •• •• 78",
                PhoneNumbers.masked(PhoneNumbers.read("0612345678").mobile().orElseThrow()));
    }
}
