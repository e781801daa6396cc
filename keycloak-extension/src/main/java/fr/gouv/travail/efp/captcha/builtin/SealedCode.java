package fr.gouv.travail.efp.captcha.builtin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a code rests in Keycloak's single-use store, without ever being readable there.
 *
 * <p>The image and the sound must be drawn from the code, yet the store must not hold it in
 * clear. Storing the rendered PNG and WAV instead would put ~100 KB per challenge in a
 * replicated cache and pay for a drawing on every login even when nobody looks at it (the
 * bench posts the form without fetching the image). So the store keeps:
 * <ul>
 *   <li>{@value #HASH}: HMAC-SHA256 of a random salt and the normalized code, what
 *       verification compares, in constant time. Keyed, because a plain salted hash of a
 *       6-character code (~2^28 values) falls to a brute force in seconds;</li>
 *   <li>{@value #SEALED}: the code under AES-GCM, for drawing the media;</li>
 *   <li>{@value #SEED}: the random seed of the drawing, so every fetch returns the same bytes.</li>
 * </ul>
 * Both keys are derived from the realm's AES key (in the database, shared by every node of a
 * cluster): any node can verify and draw, while someone who reads only the cache learns nothing.
 */
final class SealedCode {

    static final String HASH = "hash";
    static final String SALT = "salt";
    static final String SEALED = "sealed";
    static final String SEED = "seed";
    private static final int GCM_TAG_BITS = 128;
    /** Domain separation: the realm key also serves Keycloak's own purposes. */
    private static final String SEAL_LABEL = "efp-captcha/seal/v1";

    private static final String HASH_LABEL = "efp-captcha/hash/v1";

    private SealedCode() {}

    static Map<String, String> seal(String code, long seed, SecretKey realmKey, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Map<String, String> notes = new HashMap<>();
        notes.put(HASH, b64(hash(realmKey, salt, CaptchaCode.normalize(code))));
        notes.put(SALT, b64(salt));
        notes.put(
                SEALED,
                b64(iv) + "." + b64(crypt(Cipher.ENCRYPT_MODE, realmKey, iv, code.getBytes(StandardCharsets.UTF_8))));
        notes.put(SEED, Long.toString(seed));
        return notes;
    }

    static boolean matches(Map<String, String> notes, String answer, SecretKey realmKey) {
        byte[] expected = Base64.getDecoder().decode(notes.get(HASH));
        byte[] actual = hash(realmKey, Base64.getDecoder().decode(notes.get(SALT)), CaptchaCode.normalize(answer));
        return MessageDigest.isEqual(expected, actual);
    }

    /** The code, for drawing; fails when the notes were not sealed under this key. */
    static String unseal(Map<String, String> notes, SecretKey realmKey) {
        String[] parts = notes.get(SEALED).split("\\.", 2);
        byte[] iv = Base64.getDecoder().decode(parts[0]);
        return new String(
                crypt(Cipher.DECRYPT_MODE, realmKey, iv, Base64.getDecoder().decode(parts[1])), StandardCharsets.UTF_8);
    }

    static long seed(Map<String, String> notes) {
        return Long.parseLong(notes.get(SEED));
    }

    private static byte[] hash(SecretKey realmKey, byte[] salt, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(derive(realmKey, HASH_LABEL, "HmacSHA256"));
            mac.update(salt);
            return mac.doFinal(code.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] crypt(int mode, SecretKey realmKey, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, derive(realmKey, SEAL_LABEL, "AES"), new GCMParameterSpec(GCM_TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("CAPTCHA code sealed under another key, or altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CAPTCHA code could not be sealed or opened", e);
        }
    }

    /** HMAC-SHA256(realm key, label): a 256-bit key used for nothing else. */
    private static SecretKey derive(SecretKey realmKey, String label, String algorithm)
            throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(realmKey.getEncoded(), "HmacSHA256"));
        return new SecretKeySpec(mac.doFinal(label.getBytes(StandardCharsets.US_ASCII)), algorithm);
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
