package fr.gouv.travail.efp.secondfactor;

import static fr.gouv.travail.efp.secondfactor.SecondFactorPolicy.Method.EMAIL;
import static fr.gouv.travail.efp.secondfactor.SecondFactorPolicy.Method.SMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecondFactorPolicyTest {

    private static SecondFactorPolicy of(Map<String, String> attributes) {
        return SecondFactorPolicy.from(attributes::get);
    }

    @Test
    void noAttributeOrNoneAsksNobody() {
        assertEquals(SecondFactorPolicy.NONE, of(Map.of()));
        assertEquals(SecondFactorPolicy.NONE, of(Map.of(SecondFactorPolicy.REQUIRE_ATTRIBUTE, "none")));
        assertFalse(SecondFactorPolicy.NONE.requiredFor(List.of("administrateur")));
    }

    @Test
    void allAsksEveryoneAndRolesOnlyTheirHolders() {
        SecondFactorPolicy all = of(
                Map.of(SecondFactorPolicy.REQUIRE_ATTRIBUTE, "all", SecondFactorPolicy.METHODS_ATTRIBUTE, "sms,email"));
        assertTrue(all.requiredFor(List.of()));
        assertEquals(List.of(SMS, EMAIL), all.methods());
        SecondFactorPolicy roles = of(Map.of(
                SecondFactorPolicy.REQUIRE_ATTRIBUTE, "roles",
                SecondFactorPolicy.ROLES_ATTRIBUTE, " administrateur , administrateur-projet ",
                SecondFactorPolicy.METHODS_ATTRIBUTE, "email"));
        assertEquals(Set.of("administrateur", "administrateur-projet"), roles.roles());
        assertTrue(roles.requiredFor(List.of("deposant", "administrateur")));
        assertFalse(roles.requiredFor(List.of("deposant")));
        assertFalse(roles.requiredFor(List.of()));
    }

    @Test
    void whatCannotBeReadIsReadTheSafeWay() {
        // An unknown requirement asks everyone; unknown methods are dropped; none left means email.
        SecondFactorPolicy odd = of(Map.of(
                SecondFactorPolicy.REQUIRE_ATTRIBUTE,
                "toujours",
                SecondFactorPolicy.METHODS_ATTRIBUTE,
                "pigeon, sms, sms"));
        assertTrue(odd.requiredFor(List.of()));
        assertEquals(List.of(SMS), odd.methods());
        assertEquals(
                List.of(EMAIL),
                of(Map.of(SecondFactorPolicy.REQUIRE_ATTRIBUTE, "all")).methods());
    }

    @Test
    void theMethodsOfferedAreTheAllowedOnesThePersonHasTheLastUsedFirst() {
        SecondFactorPolicy both = new SecondFactorPolicy(SecondFactorPolicy.Require.ALL, Set.of(), List.of(EMAIL, SMS));
        assertEquals(List.of(EMAIL, SMS), both.offered(true, true, null));
        assertEquals(List.of(SMS, EMAIL), both.offered(true, true, SMS));
        assertEquals(List.of(EMAIL), both.offered(true, false, SMS));
        assertEquals(List.of(), both.offered(false, false, EMAIL));
        SecondFactorPolicy smsOnly = new SecondFactorPolicy(SecondFactorPolicy.Require.ALL, Set.of(), List.of(SMS));
        assertEquals(List.of(), smsOnly.offered(true, false, EMAIL));
    }
}
