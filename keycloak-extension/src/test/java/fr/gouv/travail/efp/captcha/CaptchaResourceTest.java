package fr.gouv.travail.efp.captcha;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaptchaResourceTest {

    @Test
    void acceptsTheIdsProvidersMake() {
        assertTrue(CaptchaResource.isWellFormedId("q3Zx_9-aBcDeFgHiJkLmNoPq"));
        assertTrue(CaptchaResource.isWellFormedId("3f2c8a9e-1b7d-4c36-9a51-0e6f2d4b8c1a"));
    }

    @Test
    void refusesAnythingElseBeforeAnyLookup() {
        assertFalse(CaptchaResource.isWellFormedId(null));
        assertFalse(CaptchaResource.isWellFormedId("short"));
        assertFalse(CaptchaResource.isWellFormedId("a".repeat(129)));
        assertFalse(CaptchaResource.isWellFormedId("..%2F..%2Fetc%2Fpasswd0000"));
        assertFalse(CaptchaResource.isWellFormedId("abcdefghijklmnop qrst"));
        assertFalse(CaptchaResource.isWellFormedId("abcdefghijklmnopé"));
    }
}
