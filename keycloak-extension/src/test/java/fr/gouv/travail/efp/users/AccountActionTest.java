package fr.gouv.travail.efp.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.users.AccountAction.Facts;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountActionTest {

    private static final Facts ADMINISTRATOR = new Facts(true, true, true, false, false);
    private static final Facts APPLICATION_ADMIN = new Facts(false, true, true, false, false);
    private static final Facts SUPPORT = new Facts(false, false, true, false, false);
    private static final Facts OTHER_APPLICATION = new Facts(false, false, false, false, false);

    private static String outcome(AccountAction action, Facts facts) {
        return action.refusal(facts)
                .map(refusal -> refusal.status() + " " + refusal.code())
                .orElse("allowed");
    }

    @Test
    void disableAndEnableAreTheAdministratorsAndTheApplicationsAdmins() {
        for (AccountAction action : new AccountAction[] {AccountAction.DISABLE, AccountAction.ENABLE}) {
            assertEquals("allowed", outcome(action, ADMINISTRATOR));
            assertEquals("allowed", outcome(action, APPLICATION_ADMIN));
            assertEquals("403 forbidden", outcome(action, SUPPORT));
            assertEquals("403 forbidden", outcome(action, OTHER_APPLICATION));
        }
    }

    @Test
    void unlockAndTheEmailsAreAlsoTheSupportAgents() {
        for (AccountAction action :
                new AccountAction[] {AccountAction.UNLOCK, AccountAction.RESET_PASSWORD, AccountAction.RESEND_VALIDATION
                }) {
            assertEquals("allowed", outcome(action, ADMINISTRATOR));
            assertEquals("allowed", outcome(action, APPLICATION_ADMIN));
            assertEquals("allowed", outcome(action, SUPPORT));
            assertEquals("403 forbidden", outcome(action, OTHER_APPLICATION));
        }
    }

    @Test
    void deleteIsTheAdministratorsOnly() {
        assertEquals("allowed", outcome(AccountAction.DELETE, ADMINISTRATOR));
        assertEquals("403 forbidden", outcome(AccountAction.DELETE, APPLICATION_ADMIN));
        assertEquals("403 forbidden", outcome(AccountAction.DELETE, SUPPORT));
        assertEquals("403 forbidden", outcome(AccountAction.DELETE, OTHER_APPLICATION));
    }

    private static String applicability(AccountAction action, AccountAction.State state) {
        return action.inapplicable(state)
                .map(refusal -> refusal.status() + " " + refusal.code())
                .orElse("applies");
    }

    @Test
    void theEmailsNeedAProfessionalsEnabledAccountWithAnAddressAndTheValidationOneNotValidatedYet() {
        AccountAction.State unverified = new AccountAction.State(true, false, true, false);
        AccountAction.State verified = new AccountAction.State(true, false, true, true);
        assertEquals("applies", applicability(AccountAction.RESET_PASSWORD, verified));
        assertEquals("applies", applicability(AccountAction.RESET_PASSWORD, unverified));
        assertEquals("applies", applicability(AccountAction.RESEND_VALIDATION, unverified));
        assertEquals("409 email_already_verified", applicability(AccountAction.RESEND_VALIDATION, verified));
        for (AccountAction action :
                new AccountAction[] {AccountAction.RESET_PASSWORD, AccountAction.RESEND_VALIDATION}) {
            assertEquals("409 agent_account", applicability(action, new AccountAction.State(true, true, true, false)));
            assertEquals(
                    "409 account_disabled", applicability(action, new AccountAction.State(false, false, true, false)));
            assertEquals("409 no_email", applicability(action, new AccountAction.State(true, false, false, false)));
        }
        // The other actions apply whatever the state (disabling a disabled account changes nothing).
        for (AccountAction action : new AccountAction[] {
            AccountAction.DISABLE, AccountAction.ENABLE, AccountAction.UNLOCK, AccountAction.DELETE
        }) {
            assertEquals("applies", applicability(action, new AccountAction.State(false, true, false, false)));
        }
    }

    @Test
    void nobodyActsOnTheirOwnAccountAndOnlyAnAdministratorOnAStaffAccount() {
        for (AccountAction action : AccountAction.values()) {
            assertEquals("403 own_account", outcome(action, new Facts(true, true, true, true, false)));
            assertEquals("allowed", outcome(action, new Facts(true, true, true, false, true)));
            assertEquals("403 forbidden", outcome(action, new Facts(false, true, true, false, true)));
        }
        assertTrue(AccountAction.DISABLE
                .refusal(new Facts(false, true, true, false, true))
                .orElseThrow()
                .getMessage()
                .contains("seul un administrateur"));
    }

    @Test
    void anActionIsNamedInPathsByItsLowerCaseDashedNameAndNothingElseNamesOne() {
        for (AccountAction action : AccountAction.values()) {
            assertEquals(Optional.of(action), AccountAction.ofPath(action.path()));
        }
        assertEquals("disable", AccountAction.DISABLE.path());
        assertEquals("reset-password", AccountAction.RESET_PASSWORD.path());
        assertEquals("resend-validation", AccountAction.RESEND_VALIDATION.path());
        assertEquals(Optional.empty(), AccountAction.ofPath("reset_password"));
        assertEquals(Optional.empty(), AccountAction.ofPath("DISABLE"));
        assertEquals(Optional.empty(), AccountAction.ofPath("reset"));
        assertEquals(Optional.empty(), AccountAction.ofPath(""));
    }
}
