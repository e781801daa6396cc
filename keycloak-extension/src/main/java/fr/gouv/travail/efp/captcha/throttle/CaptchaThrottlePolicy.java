package fr.gouv.travail.efp.captcha.throttle;

import java.util.function.Function;

/**
 * How many wrong CAPTCHAs are tolerated before the CAPTCHA forms stop checking anything.
 *
 * <p>A wrong CAPTCHA says nothing about the account typed beside it, so it is never counted
 * against an account (that let anyone lock anyone out). It is counted against what sent it:
 * the login session (the browser tab's authentication session) and the client address.
 *
 * @param maxPerSession wrong CAPTCHAs one authentication session may send; the next post of
 *     that session is refused until the person starts the login again
 * @param maxPerAddress wrong CAPTCHAs one client address (IPv6: its /64) may send per window
 * @param windowSeconds length of the fixed window of the per-address count
 */
public record CaptchaThrottlePolicy(int maxPerSession, int maxPerAddress, long windowSeconds) {

    /** Realm attributes (absent or blank: the default). */
    public static final String REALM_MAX_PER_SESSION = "efp.captcha.maxFailuresPerSession";

    public static final String REALM_MAX_PER_ADDRESS = "efp.captcha.maxFailuresPerAddress";
    public static final String REALM_WINDOW_SECONDS = "efp.captcha.addressWindowSeconds";

    /**
     * Five per session, like the realm's brute-force failure factor. Thirty per address and ten
     * minutes: a whole office behind one NAT address shares that count, and a person rarely
     * misreads a code more than twice; a robot guessing codes gets three a minute.
     */
    public static final CaptchaThrottlePolicy DEFAULT = new CaptchaThrottlePolicy(5, 30, 600);

    /** Upper bound of the per-address limit: each counted failure is one entry of the store. */
    public static final int MAX_LIMIT = 1000;

    public CaptchaThrottlePolicy {
        if (maxPerSession < 1 || maxPerSession > MAX_LIMIT) {
            throw new IllegalArgumentException(
                    REALM_MAX_PER_SESSION + " must be between 1 and " + MAX_LIMIT + ", not " + maxPerSession);
        }
        if (maxPerAddress < 1 || maxPerAddress > MAX_LIMIT) {
            throw new IllegalArgumentException(
                    REALM_MAX_PER_ADDRESS + " must be between 1 and " + MAX_LIMIT + ", not " + maxPerAddress);
        }
        if (windowSeconds < 10 || windowSeconds > 86_400) {
            throw new IllegalArgumentException(
                    REALM_WINDOW_SECONDS + " must be between 10 and 86400, not " + windowSeconds);
        }
    }

    /**
     * The policy a realm sets through its attributes, looked up by name.
     *
     * @throws IllegalArgumentException naming the attribute, when a value is not a whole number
     *     or out of bounds
     */
    public static CaptchaThrottlePolicy fromAttributes(Function<String, String> attribute) {
        return new CaptchaThrottlePolicy(
                (int) wholeNumber(attribute, REALM_MAX_PER_SESSION, DEFAULT.maxPerSession),
                (int) wholeNumber(attribute, REALM_MAX_PER_ADDRESS, DEFAULT.maxPerAddress),
                wholeNumber(attribute, REALM_WINDOW_SECONDS, DEFAULT.windowSeconds));
    }

    /** Which window {@code epochSeconds} falls in: windows start at multiples of their length. */
    public long window(long epochSeconds) {
        return Math.floorDiv(epochSeconds, windowSeconds);
    }

    /** Seconds until the window of {@code epochSeconds} ends (at least 1). */
    public long secondsLeftInWindow(long epochSeconds) {
        return Math.max(1, (window(epochSeconds) + 1) * windowSeconds - epochSeconds);
    }

    /** Minutes to tell a person, rounded up. */
    public long minutesLeftInWindow(long epochSeconds) {
        return (secondsLeftInWindow(epochSeconds) + 59) / 60;
    }

    private static long wholeNumber(Function<String, String> attribute, String name, long fallback) {
        String value = attribute.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'", e);
        }
    }
}
