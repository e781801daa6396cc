package fr.gouv.travail.efp.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @ParameterizedTest
    @ValueSource(strings = {"57206768400017", "57206768400108", "57206768400165", "34981259400050"})
    void acceptsSiretsWithAValidLuhnKey(String siret) {
        assertTrue(Siret.isValid(siret));
        assertEquals(Optional.empty(), Siret.whyInvalid(siret));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "5720676840001", // 13 digits
                "572067684000170", // 15 digits
                "5720676840001A", // a letter
                "572 067 684 00017", // spaces as people type them
                " 57206768400017", // 14 digits, but with a leading space
                "57206768400017 ", // and a trailing one
                "5720676840-017", // a dash
                "+7206768400017", // a sign, which Long.parseLong would accept
                "\u0665\u0667\u0662\u0660\u0666\u0667\u0666\u0668\u0664\u0660\u0660\u0660\u0661\u0667", // Arabic-Indic
                // digits
                "\uFF15\uFF17\uFF12\uFF10\uFF16\uFF17\uFF16\uFF18\uFF14\uFF10\uFF10\uFF10\uFF11\uFF17" // full-width
                // digits
            })
    void rejectsWhatIsNotFourteenDigits(String value) {
        assertFalse(Siret.isValid(value));
        assertEquals(Optional.of(Siret.Reason.NOT_14_DIGITS), Siret.whyInvalid(value));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "57206768400018", // last digit off by one
                "57206768400071", // last two digits swapped
                "00000000000001",
                "99999999999999"
            })
    void rejectsFourteenDigitsWithABadKey(String siret) {
        assertFalse(Siret.isValid(siret));
        assertEquals(Optional.of(Siret.Reason.BAD_CHECK_DIGIT), Siret.whyInvalid(siret));
    }

    @Test
    void catchesEverySingleDigitTypo() {
        String valid = "57206768400017";
        for (int position = 0; position < valid.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
                assertEquals(Optional.of(Siret.Reason.BAD_CHECK_DIGIT), Siret.whyInvalid(typo), typo);
            }
        }
    }

    // Digit sums: 35600000009075 -> 35, 35600000009093 -> 35, 35600000000137 -> 25,
    // 35600000004110 -> 20; none of them passes the Luhn check.
    @ParameterizedTest
    @ValueSource(strings = {"35600000009075", "35600000009093", "35600000000137", "35600000004110"})
    void acceptsLaPosteSiretsWhoseDigitSumIsAMultipleOfFive(String siret) {
        assertTrue(Siret.isValid(siret));
    }

    @Test
    void acceptsLaPosteHeadOfficeThroughItsLuhnKey() {
        // Digit sum 26: only the Luhn rule accepts it, which is why La Poste gets either rule.
        assertTrue(Siret.isValid("35600000000048"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"35600000009090", "35600000000049", "35600000009076"})
    void rejectsLaPosteSiretsThatPassNeitherRule(String siret) {
        assertEquals(Optional.of(Siret.Reason.BAD_CHECK_DIGIT), Siret.whyInvalid(siret));
    }

    @ParameterizedTest
    @ValueSource(strings = {"50000000000000", "12345678901234", "35600000100005"})
    void appliesTheSumRuleOnlyToLaPosteSiren(String siret) {
        // Digit sums are multiples of 5, Luhn fails, and the SIREN is not 356000000
        // (35600000100005 starts with 356000001).
        assertEquals(Optional.of(Siret.Reason.BAD_CHECK_DIGIT), Siret.whyInvalid(siret));
    }
}
