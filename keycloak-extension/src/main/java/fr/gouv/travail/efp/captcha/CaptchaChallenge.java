package fr.gouv.travail.efp.captcha;

/**
 * A challenge as the form needs it: its opaque id and when it stops being accepted.
 *
 * @param id opaque, unguessable id, safe to put in a page and a URL
 * @param expiresAtEpochSeconds time after which it no longer verifies
 */
public record CaptchaChallenge(String id, long expiresAtEpochSeconds) {

    /** Random bytes in an id: 144 bits, 24 base64url characters. */
    public static final int ID_BYTES = 18;

    /** A new opaque id, for every provider alike. */
    public static String newId(java.security.SecureRandom random) {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
