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
    void unlockIsAlsoTheSupportAgents() {
        assertEquals("allowed", outcome(AccountAction.UNLOCK, ADMINISTRATOR));
        assertEquals("allowed", outcome(AccountAction.UNLOCK, APPLICATION_ADMIN));
        assertEquals("allowed", outcome(AccountAction.UNLOCK, SUPPORT));
        assertEquals("403 forbidden", outcome(AccountAction.UNLOCK, OTHER_APPLICATION));
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
    void anActionIsNamedInPathsByItsLowerCaseNameAndNothingElseNamesOne() {
        for (AccountAction action : AccountAction.values()) {
            assertEquals(Optional.of(action), AccountAction.ofPath(action.path()));
        }
        assertEquals("disable", AccountAction.DISABLE.path());
        assertEquals(Optional.empty(), AccountAction.ofPath("DISABLE"));
        assertEquals(Optional.empty(), AccountAction.ofPath("reset"));
        assertEquals(Optional.empty(), AccountAction.ofPath(""));
    }
}
