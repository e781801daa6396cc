package fr.gouv.travail.efp.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        ValidationCodePolicy policy =
                ValidationCodePolicy.fromConfig((key, fallback) -> config.getOrDefault(key, fallback));
        assertEquals(Duration.ofMinutes(5), policy.validity());
        assertEquals(3, policy.maxAttempts());
        assertEquals(Duration.ZERO, policy.resendInterval());
    }

    @Test
    void nonsenseIsRefusedAtStartup() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ValidationCodePolicy.fromConfig(
                        (key, fallback) -> key.equals(ValidationCodePolicy.MAX_ATTEMPTS) ? 0 : fallback));
        assertThrows(
                IllegalArgumentException.class,
                () -> ValidationCodePolicy.fromConfig(
                        (key, fallback) -> key.equals(ValidationCodePolicy.VALIDITY_SECONDS) ? 0 : fallback));
        assertThrows(
                IllegalArgumentException.class,
                () -> ValidationCodePolicy.fromConfig(
                        (key, fallback) -> key.equals(ValidationCodePolicy.RESEND_INTERVAL_SECONDS) ? -1 : fallback));
    }

    @Test
    void aRealmOverridesWhatItSetsAndKeepsTheRest() {
        Map<String, String> realm = Map.of(
                ValidationCodePolicy.REALM_VALIDITY_SECONDS, "4",
                ValidationCodePolicy.REALM_RESEND_SECONDS, " 2 ",
                ValidationCodePolicy.REALM_MAX_ATTEMPTS, "");
        ValidationCodePolicy policy = ValidationCodePolicy.DEFAULT.overriddenBy(realm::get);
        assertEquals(Duration.ofSeconds(4), policy.validity());
        assertEquals(Duration.ofSeconds(2), policy.resendInterval());
        assertEquals(ValidationCodePolicy.DEFAULT.maxAttempts(), policy.maxAttempts());
        assertEquals(ValidationCodePolicy.LENGTH, policy.length());
        assertEquals(ValidationCodePolicy.DEFAULT, ValidationCodePolicy.DEFAULT.overriddenBy(name -> null));
    }

    @Test
    void aRealmValueThatMakesNoSenseIsRefusedWithItsName() {
        IllegalArgumentException notANumber = assertThrows(
                IllegalArgumentException.class,
                () -> ValidationCodePolicy.DEFAULT.overriddenBy(
                        name -> name.equals(ValidationCodePolicy.REALM_MAX_ATTEMPTS) ? "cinq" : null));
        assertTrue(notANumber.getMessage().contains(ValidationCodePolicy.REALM_MAX_ATTEMPTS), notANumber.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> ValidationCodePolicy.DEFAULT.overriddenBy(
                        name -> name.equals(ValidationCodePolicy.REALM_MAX_ATTEMPTS) ? "0" : null));
        assertThrows(
                IllegalArgumentException.class,
                () -> ValidationCodePolicy.DEFAULT.overriddenBy(
                        name -> name.equals(ValidationCodePolicy.REALM_VALIDITY_SECONDS) ? "-5" : null));
        assertThrows(
                IllegalArgumentException.class,
                () -> ValidationCodePolicy.DEFAULT.overriddenBy(name ->
                        name.equals(ValidationCodePolicy.REALM_RESEND_SECONDS) ? "99999999999999999999" : null));
    }

    @Test
    void minutesShownAreRoundedUp() {
        assertEquals(10, ValidationCodePolicy.DEFAULT.validityMinutes());
        assertEquals(
                1,
                ValidationCodePolicy.DEFAULT
                        .overriddenBy(name -> name.equals(ValidationCodePolicy.REALM_VALIDITY_SECONDS) ? "4" : null)
                        .validityMinutes());
        assertEquals(
                2,
                ValidationCodePolicy.DEFAULT
                        .overriddenBy(name -> name.equals(ValidationCodePolicy.REALM_VALIDITY_SECONDS) ? "61" : null)
                        .validityMinutes());
    }
}
