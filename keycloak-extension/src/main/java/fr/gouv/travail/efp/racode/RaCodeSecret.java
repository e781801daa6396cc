package fr.gouv.travail.efp.racode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The text of an RA code and its stored form. 12 characters from a 31-symbol alphabet without
 * look-alikes (no 0/O, 1/I/L) give about 59 bits: far beyond what rate-limited guessing can
 * reach in 30 days, so a plain SHA-256 is a sufficient one-way store, and being unsalted it
 * lets a typed code be looked up by its hash.
 */
public final class RaCodeSecret {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 12;

    private RaCodeSecret() {}

    /** A new code, grouped by four for reading aloud: {@code ABCD-EFGH-JKMN}. */
    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What the person typed, as compared: upper case, without spaces or dashes. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** Hex SHA-256 of the normalized code. */
    public static String hash(String code) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(normalize(code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Constant-time comparison of a typed code with a stored hash. */
    public static boolean matches(String typed, String storedHash) {
        if (storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(
                hash(typed).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
