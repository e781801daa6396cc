package fr.gouv.travail.efp.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import org.junit.jupiter.api.Test;

class ManagerTest {

    private static Manager manager(boolean accessManager, boolean applicationAdmin, boolean administrator, boolean support, boolean charterOwed) {
        return new Manager(null, accessManager, applicationAdmin, administrator, support, charterOwed);
    }

    @Test
    void anAccessManagerWhoOwesTheCharterNeitherManagesNorReadsAndIsToldWhy() {
        Manager owing = manager(true, false, false, false, true);
        assertFalse(owing.canManage());
        assertFalse(owing.canRead());
        assertEquals("charter_not_accepted", assertThrows(EfpException.class, owing::requireManage).code());
        assertEquals("charter_not_accepted", assertThrows(EfpException.class, owing::requireRead).code());
        // Their invitations, sent once they had accepted, stay theirs.
        assertTrue(owing.holdsManagement());
    }

    @Test
    void onceAcceptedTheAccessManagerManages() {
        Manager accepted = manager(true, false, false, false, false);
        assertDoesNotThrow(accepted::requireManage);
        assertDoesNotThrow(accepted::requireRead);
    }

    @Test
    void rolesGivenByAnAdministratorDoNotWaitOnTheCharter() {
        assertDoesNotThrow(manager(true, true, false, false, true)::requireManage);
        assertDoesNotThrow(manager(true, false, true, false, true)::requireManage);
        Manager supportOwing = manager(true, false, false, true, true);
        assertDoesNotThrow(supportOwing::requireRead);
        assertEquals("charter_not_accepted", assertThrows(EfpException.class, supportOwing::requireManage).code());
    }

    @Test
    void someoneWithoutRightsIsRefusedPlainly() {
        assertEquals("forbidden", assertThrows(EfpException.class, manager(false, false, false, false, false)::requireRead).code());
        assertEquals("forbidden", assertThrows(EfpException.class, manager(false, false, false, true, false)::requireManage).code());
    }
}
