package fr.gouv.travail.efp.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    private static final CommonPasswords LIST = CommonPasswords.bundled();

    @Test
    void theBundledListIsLoaded() {
        assertTrue(LIST.size() > 40_000, "size " + LIST.size());
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertTrue(LIST.contains("azerty"));
        assertTrue(LIST.contains("AZERTY"));
        assertTrue(LIST.contains(" 123456789012 "));
        assertTrue(LIST.contains("qwerty123456"));
    }

    @Test
    void acceptsAnUnlistedPassphrase() {
        assertFalse(LIST.contains("Demo-EFP-Connect-2026"));
        assertFalse(LIST.contains(null));
    }

    @Test
    void thePolicyNamesItsMessage() {
        CommonPasswordPolicyProviderFactory policy = new CommonPasswordPolicyProviderFactory();
        policy.init(null);
        assertEquals(
                CommonPasswordPolicyProviderFactory.ERROR_MESSAGE,
                policy.validate("someone", "1q2w3e4r5t6y").getMessage());
        assertNull(policy.validate("someone", "Test-EFP-Connect-2026"));
    }
}
