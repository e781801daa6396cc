package fr.gouv.travail.efp.password;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class CommonPasswordPolicyTest {

    private static final Predicate<String> COMMON = CommonPasswords.bundled()::contains;

    @Test
    void aShortCommonPasswordIsLeftToTheLengthRule() {
        // "azert" is too short for length(12): that rule speaks, not this one.
        assertFalse(CommonPasswordPolicyProviderFactory.isRefused("azert", 12, COMMON));
    }

    @Test
    void aLongEnoughCommonPasswordIsRefused() {
        assertTrue(CommonPasswordPolicyProviderFactory.isRefused("qwerty123456", 12, COMMON));
        // A realm without a length rule: every common password is refused.
        assertTrue(CommonPasswordPolicyProviderFactory.isRefused("azerty", 0, COMMON));
    }

    @Test
    void anUncommonPasswordPasses() {
        assertFalse(CommonPasswordPolicyProviderFactory.isRefused("Demo-EFP-Connect-2026", 12, COMMON));
        assertFalse(CommonPasswordPolicyProviderFactory.isRefused(null, 0, COMMON));
    }
}
