package fr.gouv.travail.efp.company;

import java.util.Optional;

/**
 * The SIRET number of an establishment: 9 digits of SIREN (the company) followed by 5 digits
 * of NIC (the establishment), the last of which is a check digit.
 *
 * <p>Only the form is checked here; whether the establishment exists or is still open is a
 * question for the INSEE directory, not for a pure function.
 */
public final class Siret {

    /** Length of a SIRET, in digits. */
    public static final int LENGTH = 14;

    /**
     * SIREN of La Poste. A Luhn check digit leaves room for only 10,000 NICs under one SIREN,
     * fewer than La Poste has establishments, so INSEE numbers them instead so that the plain
     * sum of the SIRET's digits is a multiple of 5.
     */
    public static final String LA_POSTE_SIREN = "356000000";

    /** Why a string is not a valid SIRET. */
    public enum Reason {
        /** Not exactly 14 characters from 0 to 9 (letters, spaces, wrong length, null). */
        NOT_14_DIGITS,
        /** 14 digits whose check digit does not match: most often a typo. */
        BAD_CHECK_DIGIT
    }

    private Siret() {}

    /** Whether {@code siret} is a well-formed SIRET: 14 digits with a correct check digit. */
    public static boolean isValid(String siret) {
        return whyInvalid(siret).isEmpty();
    }

    /**
     * Why {@code siret} is not a valid SIRET, or empty when it is. The value is taken as given:
     * spaces or dots are rejected rather than stripped, so that what is stored is exactly what
     * was checked.
     */
    public static Optional<Reason> whyInvalid(String siret) {
        if (!isFourteenAsciiDigits(siret)) {
            return Optional.of(Reason.NOT_14_DIGITS);
        }
        if (hasValidLuhnKey(siret)) {
            return Optional.empty();
        }
        // La Poste's head office, 356 000 000 00048, passes the Luhn check and fails the sum rule,
        // so for La Poste either rule is enough.
        if (siret.startsWith(LA_POSTE_SIREN) && digitSum(siret) % 5 == 0) {
            return Optional.empty();
        }
        return Optional.of(Reason.BAD_CHECK_DIGIT);
    }

    // Character.isDigit would accept other scripts' digits (Arabic-Indic, full-width...), which
    // are not SIRET digits.
    private static boolean isFourteenAsciiDigits(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasValidLuhnKey(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }
}
