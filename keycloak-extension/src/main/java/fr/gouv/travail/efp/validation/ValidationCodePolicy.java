package fr.gouv.travail.efp.validation;

import java.time.Duration;
import java.util.function.BiFunction;

/**
 * How long a validation code lives, how many wrong tries it survives and how often a new one
 * may be sent. Each provider factory reads its own copy from Keycloak's configuration, for
 * example {@code --spi-required-action--efp-email-code--code-validity-seconds=600}.
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
                Duration.ofSeconds(getInt.apply(VALIDITY_SECONDS, (int) DEFAULT.validity().toSeconds())),
                getInt.apply(MAX_ATTEMPTS, DEFAULT.maxAttempts()),
                Duration.ofSeconds(getInt.apply(RESEND_INTERVAL_SECONDS, (int) DEFAULT.resendInterval().toSeconds())));
    }
}
