package fr.gouv.travail.efp.captcha.builtin;

import java.security.SecureRandom;
import java.util.Locale;

/** The code a person copies: letters and digits that cannot be mistaken for one another. */
public final class CaptchaCode {

    /**
     * Left out, so that each glyph has one reading once distorted: 0 O Q (rings), 1 I L (bars),
     * Z (2), S (5), G (6), B and 8. 25 symbols, 6 of them: about 2^28 codes.
     */
    public static final String ALPHABET = "ACDEFHJKMNPRTUVWXY2345679";

    public static final int LENGTH = 6;

    private CaptchaCode() {}

    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What people type is accepted in any case and with spaces ("ack 479"). */
    public static String normalize(String answer) {
        return answer == null ? "" : answer.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
