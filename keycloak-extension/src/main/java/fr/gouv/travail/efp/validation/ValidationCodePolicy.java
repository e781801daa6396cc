package fr.gouv.travail.efp.validation;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How long a validation code lives, how many wrong tries it survives and how often a new one
 * may be sent. Each provider factory reads the server's defaults from Keycloak's configuration,
 * for example {@code --spi-required-action--efp-email-code--code-validity-seconds=600}; a realm
 * may override them with its attributes {@value #REALM_VALIDITY_SECONDS},
 * {@value #REALM_MAX_ATTEMPTS} and {@value #REALM_RESEND_SECONDS} (realm-config's
 * {@code validationCode}), see {@link #overriddenBy}.
 *
 * @param length digits in a code (fixed at {@value #LENGTH}: the page and the emails say so)
 * @param validity time between sending a code and its expiry
 * @param maxAttempts wrong codes accepted before the code is invalidated
 * @param resendInterval minimum time between two codes sent in the same session
 */
public record ValidationCodePolicy(int length, Duration validity, int maxAttempts, Duration resendInterval) {

    public static final int LENGTH = 6;
    public static final String VALIDITY_SECONDS = "codeValiditySeconds";
    public static final String MAX_ATTEMPTS = "codeMaxAttempts";
    public static final String RESEND_INTERVAL_SECONDS = "codeResendIntervalSeconds";

    /** Realm attributes that override the server's values (absent or blank: the server's). */
    public static final String REALM_VALIDITY_SECONDS = "efp.validationCode.validitySeconds";

    public static final String REALM_MAX_ATTEMPTS = "efp.validationCode.maxAttempts";
    public static final String REALM_RESEND_SECONDS = "efp.validationCode.resendSeconds";

    public static final ValidationCodePolicy DEFAULT =
            new ValidationCodePolicy(LENGTH, Duration.ofMinutes(10), 5, Duration.ofSeconds(60));

    public ValidationCodePolicy {
        if (length < 4 || length > 12) {
            throw new IllegalArgumentException("code length must be between 4 and 12, not " + length);
        }
        if (validity == null || validity.toSeconds() < 1) {
            throw new IllegalArgumentException(VALIDITY_SECONDS + " must be at least 1");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(MAX_ATTEMPTS + " must be at least 1, not " + maxAttempts);
        }
        if (resendInterval == null || resendInterval.isNegative()) {
            throw new IllegalArgumentException(RESEND_INTERVAL_SECONDS + " must not be negative");
        }
    }

    /**
     * The policy from a configuration lookup shaped like Keycloak's {@code Config.Scope#getInt}:
     * (key, default) to value. Missing keys keep the defaults.
     */
    public static ValidationCodePolicy fromConfig(BiFunction<String, Integer, Integer> getInt) {
        return new ValidationCodePolicy(
                LENGTH,
                Duration.ofSeconds(
                        getInt.apply(VALIDITY_SECONDS, (int) DEFAULT.validity().toSeconds())),
                getInt.apply(MAX_ATTEMPTS, DEFAULT.maxAttempts()),
                Duration.ofSeconds(getInt.apply(
                        RESEND_INTERVAL_SECONDS, (int) DEFAULT.resendInterval().toSeconds())));
    }

    /** The validity in whole minutes, rounded up, as pages and emails state it. */
    public long validityMinutes() {
        return (validity.toSeconds() + 59) / 60;
    }

    /**
     * This policy with the values a realm sets, looked up by attribute name; a blank or absent
     * attribute keeps this policy's value.
     *
     * @throws IllegalArgumentException naming the attribute, when a value is not a whole number
     *     or breaks the policy's rules
     */
    public ValidationCodePolicy overriddenBy(Function<String, String> attribute) {
        return new ValidationCodePolicy(
                length,
                Duration.ofSeconds(wholeNumber(attribute, REALM_VALIDITY_SECONDS, validity.toSeconds())),
                (int) wholeNumber(attribute, REALM_MAX_ATTEMPTS, maxAttempts),
                Duration.ofSeconds(wholeNumber(attribute, REALM_RESEND_SECONDS, resendInterval.toSeconds())));
    }

    private static long wholeNumber(Function<String, String> attribute, String name, long fallback) {
        String value = attribute.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.trim());
            if (number < 0 || number > 86_400) {
                throw new IllegalArgumentException(name + " must be between 0 and 86400, not " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'", e);
        }
    }
}
