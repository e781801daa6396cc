package fr.gouv.travail.efp.validation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One emailed validation code as the server remembers it: never the code itself, only a salted
 * hash, its expiry, the wrong tries left and when it was sent. Immutable: each check returns
 * the state to keep.
 *
 * <p>Hashing: HMAC-SHA256 keyed by 16 random bytes drawn for each code. A 6-digit code has a
 * million values, so no hash, however slow, would resist an offline search by someone who
 * read both hash and salt (a million PBKDF2 runs take minutes); what protects a code is that it
 * lives 10 minutes and survives 5 wrong tries. The hash only keeps the code out of anything
 * that stores or logs authentication sessions, and a fast keyed hash does that without giving
 * a client a way to make the server burn CPU on every try. The salt makes two identical codes
 * hash differently, so equal hashes reveal nothing.
 *
 * <p>A decoy is a code that can never succeed: it is what a person who typed somebody else's
 * address (or an unknown one) is asked for, with the same page and the same work.
 */
public final class ValidationCode {

    private static final String HMAC = "HmacSHA256";
    private static final int SALT_BYTES = 16;

    /** What a check found. */
    public enum Outcome {
        VALID,
        INVALID,
        EXPIRED,
        /** The last allowed try was wrong, or no try is left: only a new code can succeed. */
        TOO_MANY_ATTEMPTS
    }

    /** A code just drawn: {@code code} goes into the email, {@code state} into the session. */
    public record Issued(String code, ValidationCode state) {
        @Override
        public String toString() {
            return "Issued[code=<hidden>, state=" + state + "]";
        }
    }

    /** A check's outcome and the state to keep afterwards. */
    public record Check(Outcome outcome, ValidationCode next) {}

    private final byte[] salt;
    private final byte[] hash;
    private final Instant expiresAt;
    private final int attemptsLeft;
    private final Instant sentAt;
    private final boolean decoy;

    private ValidationCode(
            byte[] salt, byte[] hash, Instant expiresAt, int attemptsLeft, Instant sentAt, boolean decoy) {
        this.salt = salt;
        this.hash = hash;
        this.expiresAt = expiresAt;
        this.attemptsLeft = attemptsLeft;
        this.sentAt = sentAt;
        this.decoy = decoy;
    }

    /** Draws a new code of {@code policy.length()} digits, sent {@code now}. */
    public static Issued issue(ValidationCodePolicy policy, SecureRandom random, Instant now, boolean decoy) {
        String code = digits(random, policy.length());
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        ValidationCode state = new ValidationCode(
                salt, hmac(salt, code), now.plus(policy.validity()), policy.maxAttempts(), now, decoy);
        return new Issued(code, state);
    }

    /** {@code length} decimal digits, each drawn uniformly (leading zeros included). */
    static String digits(SecureRandom random, int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append((char) ('0' + random.nextInt(10)));
        }
        return code.toString();
    }

    /**
     * Checks what the person typed. Spaces are ignored (codes are often pasted as "123 456").
     * Every try that reaches the comparison costs one attempt, and the comparison runs for
     * decoys too, so that a decoy costs the same as a real code.
     */
    public Check check(String typed, Instant now) {
        return check(typed, now, false);
    }

    /**
     * Like {@link #check(String, Instant)}, but with {@code refuse} even the right code counts as
     * wrong: for an account that brute-force detection has locked, so that the page answers
     * exactly as for a wrong code. The stored code stays real: the lock may end before it does.
     */
    public Check check(String typed, Instant now, boolean refuse) {
        if (attemptsLeft <= 0 || hash.length == 0) {
            return new Check(Outcome.TOO_MANY_ATTEMPTS, invalidated());
        }
        if (!now.isBefore(expiresAt)) {
            return new Check(Outcome.EXPIRED, this);
        }
        String candidate = typed == null ? "" : typed.replaceAll("\\s+", "");
        boolean match = MessageDigest.isEqual(hash, hmac(salt, candidate)) && !decoy && !refuse;
        if (match) {
            return new Check(Outcome.VALID, invalidated());
        }
        int left = attemptsLeft - 1;
        if (left <= 0) {
            return new Check(Outcome.TOO_MANY_ATTEMPTS, invalidated());
        }
        return new Check(Outcome.INVALID, new ValidationCode(salt, hash, expiresAt, left, sentAt, decoy));
    }

    /** Seconds to wait before another code may be sent (0: now). */
    public long resendWaitSeconds(ValidationCodePolicy policy, Instant now) {
        Duration wait = Duration.between(now, sentAt.plus(policy.resendInterval()));
        if (wait.isNegative() || wait.isZero()) {
            return 0;
        }
        // Round up: "wait 0 s" while the server still refuses would be a lie.
        return (wait.toMillis() + 999) / 1000;
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public boolean isDecoy() {
        return decoy;
    }

    /** Whether this state can still accept a try (not used up, not expired). */
    public boolean isUsable(Instant now) {
        return attemptsLeft > 0 && hash.length > 0 && now.isBefore(expiresAt);
    }

    /** The state as strings, for authentication-session notes. Holds nothing that reveals the code quickly. */
    public Map<String, String> toNotes() {
        Map<String, String> notes = new LinkedHashMap<>();
        Base64.Encoder b64 = Base64.getEncoder();
        notes.put(Notes.SALT, b64.encodeToString(salt));
        notes.put(Notes.HASH, b64.encodeToString(hash));
        notes.put(Notes.EXPIRES_AT, Long.toString(expiresAt.toEpochMilli()));
        notes.put(Notes.ATTEMPTS_LEFT, Integer.toString(attemptsLeft));
        notes.put(Notes.SENT_AT, Long.toString(sentAt.toEpochMilli()));
        notes.put(Notes.DECOY, Boolean.toString(decoy));
        return notes;
    }

    /**
     * The state from notes written by {@link #toNotes()}, looked up by key. Missing or damaged
     * notes give nothing: the caller then sends a new code rather than trusting half a state.
     */
    public static Optional<ValidationCode> fromNotes(Function<String, String> note) {
        try {
            String salt = note.apply(Notes.SALT);
            String hash = note.apply(Notes.HASH);
            String expiresAt = note.apply(Notes.EXPIRES_AT);
            String attempts = note.apply(Notes.ATTEMPTS_LEFT);
            String sentAt = note.apply(Notes.SENT_AT);
            String decoy = note.apply(Notes.DECOY);
            if (salt == null
                    || hash == null
                    || expiresAt == null
                    || attempts == null
                    || sentAt == null
                    || decoy == null) {
                return Optional.empty();
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return Optional.of(new ValidationCode(
                    b64.decode(salt),
                    b64.decode(hash),
                    Instant.ofEpochMilli(Long.parseLong(expiresAt)),
                    Integer.parseInt(attempts),
                    Instant.ofEpochMilli(Long.parseLong(sentAt)),
                    Boolean.parseBoolean(decoy)));
        } catch (IllegalArgumentException damaged) {
            return Optional.empty();
        }
    }

    /** Keys of {@link #toNotes()}, without the caller's prefix. */
    public static final class Notes {
        public static final String SALT = "salt";
        public static final String HASH = "hash";
        public static final String EXPIRES_AT = "expiresAt";
        public static final String ATTEMPTS_LEFT = "attemptsLeft";
        public static final String SENT_AT = "sentAt";
        public static final String DECOY = "decoy";
        public static final List<String> ALL = List.of(SALT, HASH, EXPIRES_AT, ATTEMPTS_LEFT, SENT_AT, DECOY);

        private Notes() {}
    }

    private ValidationCode invalidated() {
        return new ValidationCode(salt, new byte[0], expiresAt, 0, sentAt, decoy);
    }

    private static byte[] hmac(byte[] salt, String code) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(salt, HMAC));
            return mac.doFinal(code.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "ValidationCode[expiresAt=" + expiresAt + ", attemptsLeft=" + attemptsLeft + ", sentAt=" + sentAt
                + ", decoy=" + decoy + "]";
    }
}
