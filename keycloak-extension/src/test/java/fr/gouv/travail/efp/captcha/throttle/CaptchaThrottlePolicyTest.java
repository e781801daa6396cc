package fr.gouv.travail.efp.captcha.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CaptchaThrottlePolicyTest {

    @Test
    void aRealmWithoutAttributesGetsTheDefaults() {
        assertEquals(CaptchaThrottlePolicy.DEFAULT, CaptchaThrottlePolicy.fromAttributes(name -> null));
        assertEquals(CaptchaThrottlePolicy.DEFAULT, CaptchaThrottlePolicy.fromAttributes(name -> " "));
        assertEquals(new CaptchaThrottlePolicy(5, 30, 600), CaptchaThrottlePolicy.DEFAULT);
    }

    @Test
    void eachAttributeOverridesItsValue() {
        Map<String, String> attributes = Map.of(
                CaptchaThrottlePolicy.REALM_MAX_PER_SESSION, "3",
                CaptchaThrottlePolicy.REALM_MAX_PER_ADDRESS, " 7 ",
                CaptchaThrottlePolicy.REALM_WINDOW_SECONDS, "120");
        assertEquals(new CaptchaThrottlePolicy(3, 7, 120), CaptchaThrottlePolicy.fromAttributes(attributes::get));
    }

    @Test
    void nonsenseIsRefusedNamingTheAttribute() {
        IllegalArgumentException notANumber = assertThrows(
                IllegalArgumentException.class,
                () -> CaptchaThrottlePolicy.fromAttributes(
                        Map.of(CaptchaThrottlePolicy.REALM_MAX_PER_ADDRESS, "beaucoup")::get));
        assertTrue(notANumber.getMessage().contains(CaptchaThrottlePolicy.REALM_MAX_PER_ADDRESS));
        assertThrows(IllegalArgumentException.class, () -> new CaptchaThrottlePolicy(0, 30, 600));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CaptchaThrottlePolicy(5, CaptchaThrottlePolicy.MAX_LIMIT + 1, 600));
        assertThrows(IllegalArgumentException.class, () -> new CaptchaThrottlePolicy(5, 30, 9));
    }

    @Test
    void windowsAreFixedAndSayHowLongIsLeft() {
        CaptchaThrottlePolicy policy = new CaptchaThrottlePolicy(5, 30, 600);
        assertEquals(policy.window(1_200), policy.window(1_799));
        assertEquals(policy.window(1_200) + 1, policy.window(1_800));
        assertEquals(600, policy.secondsLeftInWindow(1_200));
        assertEquals(1, policy.secondsLeftInWindow(1_799));
        assertEquals(10, policy.minutesLeftInWindow(1_200));
        assertEquals(1, policy.minutesLeftInWindow(1_799));
        assertEquals(2, policy.minutesLeftInWindow(1_800 - 61));
    }
}
