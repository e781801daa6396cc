package fr.gouv.travail.efp.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an invitation link and its stored form. 256 random bits, base64url (43
 * characters, safe in a URL): far beyond guessing, so a plain SHA-256 is a sufficient one-way
 * store, and being unsalted it lets the token of a link be looked up by its hash. The token
 * itself is only ever in the invitee's email.
 */
public final class InvitationToken {

    static final int BYTES = 32;
    /** Length of the base64url text of {@value #BYTES} bytes, without padding. */
    static final int LENGTH = 43;

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

    private InvitationToken() {}

    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a text could be a token at all: checked before hashing what a caller sends. */
    public static boolean isWellFormed(String token) {
        return token != null && WELL_FORMED.matcher(token).matches();
    }

    /** Hex SHA-256 of the token. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Constant-time comparison of a presented token with a stored hash. */
    public static boolean matches(String token, String storedHash) {
        if (!isWellFormed(token) || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(
                hash(token).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
