package fr.gouv.travail.efp.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationCodePolicyTest {

    @Test
    void defaultsAreTenMinutesFiveAttemptsOneMinuteBetweenSends() {
        ValidationCodePolicy policy = ValidationCodePolicy.fromConfig((key, fallback) -> fallback);
        assertEquals(ValidationCodePolicy.DEFAULT, policy);
        assertEquals(6, policy.length());
        assertEquals(Duration.ofMinutes(10), policy.validity());
        assertEquals(5, policy.maxAttempts());
        assertEquals(Duration.ofSeconds(60), policy.resendInterval());
    }

    @Test
    void configurationOverridesEachValue() {
        Map<String, Integer> config = Map.of(
                ValidationCodePolicy.VALIDITY_SECONDS, 300,
                ValidationCodePolicy.MAX_ATTEMPTS, 3,
                ValidationCodePolicy.RESEND_INTERVAL_SECONDS, 0);
        ValidationCodePolicy policy = ValidationCodePolicy.fromConfig((key, fallback) -> config.getOrDefault(key, fallback));
        assertEquals(Duration.ofMinutes(5), policy.validity());
        assertEquals(3, policy.maxAttempts());
        assertEquals(Duration.ZERO, policy.resendInterval());
    }

    @Test
    void nonsenseIsRefusedAtStartup() {
        assertThrows(IllegalArgumentException.class,
                () -> ValidationCodePolicy.fromConfig((key, fallback) -> key.equals(ValidationCodePolicy.MAX_ATTEMPTS) ? 0 : fallback));
        assertThrows(IllegalArgumentException.class,
                () -> ValidationCodePolicy.fromConfig((key, fallback) -> key.equals(ValidationCodePolicy.VALIDITY_SECONDS) ? 0 : fallback));
        assertThrows(IllegalArgumentException.class,
                () -> ValidationCodePolicy.fromConfig((key, fallback) -> key.equals(ValidationCodePolicy.RESEND_INTERVAL_SECONDS) ? -1 : fallback));
    }
}
