package fr.gouv.travail.efp.authorization;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RightsTest {

    private static final Rights ADMINISTRATOR = new Rights(true, Set.of(), Set.of());
    private static final Rights MAF_ADMIN = new Rights(false, Set.of("maf"), Set.of());
    private static final Rights SOFFI_SUPPORT = new Rights(false, Set.of(), Set.of("soffi"));
    private static final Rights NOBODY = new Rights(false, Set.of(), Set.of());

    private static String refusal(Executable check) {
        return assertThrows(EfpException.class, check).getMessage();
    }

    private static String code(Executable check) {
        return assertThrows(EfpException.class, check).code();
    }

    @Test
    void administratorsDoEverything() {
        assertTrue(ADMINISTRATOR.isStaff());
        assertTrue(ADMINISTRATOR.canManage("maf"));
        assertTrue(ADMINISTRATOR.canRead("soffi"));
        assertTrue(ADMINISTRATOR.canReadCompanies());
        assertTrue(ADMINISTRATOR.canManageCompanies());
        assertDoesNotThrow(ADMINISTRATOR::requireStaff);
        assertDoesNotThrow(() -> ADMINISTRATOR.requireManage("maf", "MAF"));
        assertDoesNotThrow(() -> ADMINISTRATOR.requireRead("maf", "MAF"));
        assertDoesNotThrow(() -> ADMINISTRATOR.requireReadCompaniesOf("maf", "MAF"));
        assertDoesNotThrow(ADMINISTRATOR::requireReadCompanies);
        assertDoesNotThrow(ADMINISTRATOR::requireManageCompanies);
    }

    @Test
    void applicationAdminsManageTheirApplicationOnly() {
        assertTrue(MAF_ADMIN.isStaff());
        assertTrue(MAF_ADMIN.canManage("maf"));
        assertTrue(MAF_ADMIN.canRead("maf"));
        assertFalse(MAF_ADMIN.canManage("soffi"));
        assertFalse(MAF_ADMIN.canRead("soffi"));
        assertTrue(MAF_ADMIN.canReadCompanies());
        assertFalse(MAF_ADMIN.canManageCompanies());
        assertEquals(
                "Accès refusé : vous n'administrez pas l'application SOFFI.",
                refusal(() -> MAF_ADMIN.requireManage("soffi", "SOFFI")));
        assertEquals(
                "Accès refusé : l'application SOFFI ne fait pas partie de votre périmètre.",
                refusal(() -> MAF_ADMIN.requireRead("soffi", "SOFFI")));
        assertEquals(
                "Accès refusé : vous n'administrez pas l'application SOFFI.",
                refusal(() -> MAF_ADMIN.requireReadCompaniesOf("soffi", "SOFFI")));
        assertEquals("Accès refusé : réservé aux administrateurs.", refusal(MAF_ADMIN::requireManageCompanies));
        assertDoesNotThrow(MAF_ADMIN::requireReadCompanies);
    }

    @Test
    void supportAgentsReadTheirApplicationOnly() {
        assertTrue(SOFFI_SUPPORT.isStaff());
        assertTrue(SOFFI_SUPPORT.canRead("soffi"));
        assertFalse(SOFFI_SUPPORT.canManage("soffi"));
        assertFalse(SOFFI_SUPPORT.canRead("maf"));
        assertTrue(SOFFI_SUPPORT.canReadCompanies());
        assertFalse(SOFFI_SUPPORT.canManageCompanies());
        assertDoesNotThrow(() -> SOFFI_SUPPORT.requireRead("soffi", "SOFFI"));
        assertDoesNotThrow(() -> SOFFI_SUPPORT.requireReadCompaniesOf("soffi", "SOFFI"));
        assertEquals("forbidden", code(() -> SOFFI_SUPPORT.requireManage("soffi", "SOFFI")));
    }

    @Test
    void everyoneElseNothing() {
        assertFalse(NOBODY.isStaff());
        assertFalse(NOBODY.canRead("maf"));
        assertFalse(NOBODY.canManage("maf"));
        assertFalse(NOBODY.canReadCompanies());
        assertFalse(NOBODY.canManageCompanies());
        assertEquals(
                "Accès refusé : réservé aux administrateurs, administrateurs applicatifs et assistants.",
                refusal(NOBODY::requireStaff));
        assertEquals(
                "Accès refusé : l'annuaire des entreprises est réservé aux équipes d'administration.",
                refusal(NOBODY::requireReadCompanies));
        assertEquals(403, assertThrows(EfpException.class, NOBODY::requireStaff).status());
    }

    @Test
    void anAccessManagerManagesTheirPairOnlyAndIsNotStaff() {
        Rights.Pair pair = NOBODY.over("maf", "MAF", true, false);
        assertTrue(pair.canManage());
        assertTrue(pair.canRead());
        assertTrue(pair.holdsManagement());
        assertTrue(pair.notifiesCompany());
        assertDoesNotThrow(pair::requireManage);
        assertDoesNotThrow(pair::requireRead);
        assertFalse(NOBODY.isStaff());
    }

    @Test
    void anAccessManagerWhoOwesTheCharterNeitherManagesNorReadsAndIsToldWhy() {
        Rights.Pair owing = NOBODY.over("maf", "MAF", true, true);
        assertFalse(owing.canManage());
        assertFalse(owing.canRead());
        assertEquals("charter_not_accepted", code(owing::requireManage));
        assertEquals("charter_not_accepted", code(owing::requireRead));
        // Their invitations, sent once they had accepted, stay theirs.
        assertTrue(owing.holdsManagement());
        assertTrue(owing.notifiesCompany());
    }

    @Test
    void onlyAnAccessManagerOwesTheCharter() {
        Rights.Pair notManager = NOBODY.over("maf", "MAF", false, true);
        assertFalse(notManager.charterOwed());
        assertEquals("forbidden", code(notManager::requireRead));
    }

    @Test
    void rolesGivenByAnAdministratorDoNotWaitOnTheCharter() {
        for (Rights rights : new Rights[] {ADMINISTRATOR, MAF_ADMIN}) {
            Rights.Pair pair = rights.over("maf", "MAF", true, true);
            assertTrue(pair.canManage());
            assertTrue(pair.holdsManagement());
            assertFalse(pair.notifiesCompany());
            assertDoesNotThrow(pair::requireManage);
        }
        Rights.Pair supportOwing = SOFFI_SUPPORT.over("soffi", "SOFFI", true, true);
        assertDoesNotThrow(supportOwing::requireRead);
        assertTrue(supportOwing.notifiesCompany());
        assertEquals("charter_not_accepted", code(supportOwing::requireManage));
    }

    @Test
    void staffOverAPairTheyDoNotHoldAManagerFlagOn() {
        Rights.Pair admin = MAF_ADMIN.over("maf", "MAF", false, false);
        assertTrue(admin.canManage());
        assertTrue(admin.holdsManagement());
        assertFalse(admin.notifiesCompany());
        Rights.Pair support = SOFFI_SUPPORT.over("soffi", "SOFFI", false, false);
        assertTrue(support.canRead());
        assertFalse(support.canManage());
        assertFalse(support.holdsManagement());
        assertFalse(support.notifiesCompany());
        assertEquals(
                "Accès refusé : vous n'êtes pas responsable des accès de cette application pour cet établissement.",
                refusal(support::requireManage));
        // An application admin of another application is nobody here.
        Rights.Pair elsewhere = MAF_ADMIN.over("soffi", "SOFFI", false, false);
        assertFalse(elsewhere.canRead());
        assertFalse(elsewhere.holdsManagement());
        assertEquals("forbidden", code(elsewhere::requireRead));
    }

    @Test
    void aMinisterialStructureIsManagedByTheApplicationsAdminsOnlyNeverByAnAccessManager() {
        // Nobody but staff: an access manager of a company has no right over an agent's structure.
        Rights.Pair nobody = NOBODY.overStructure("soffi", "SOFFI");
        assertFalse(nobody.canRead());
        assertFalse(nobody.holdsManagement());
        assertEquals("forbidden", code(nobody::requireManage));
        assertEquals("forbidden", code(() -> nobody.requireDecide(false)));
        Rights.Pair admin = new Rights(false, Set.of("soffi"), Set.of()).overStructure("soffi", "SOFFI");
        assertTrue(admin.canManage());
        assertFalse(admin.accessManager());
        assertFalse(admin.notifiesCompany());
        assertDoesNotThrow(() -> admin.requireDecide(false));
        Rights.Pair support = SOFFI_SUPPORT.overStructure("soffi", "SOFFI");
        assertTrue(support.canRead());
        assertFalse(support.canManage());
        assertDoesNotThrow(ADMINISTRATOR.overStructure("soffi", "SOFFI")::requireManage);
    }

    @Test
    void nobodyDecidesTheirOwnRequestWhateverTheirRights() {
        Rights.Pair admin = ADMINISTRATOR.overStructure("soffi", "SOFFI");
        assertEquals("own_request", code(() -> admin.requireDecide(true)));
        Rights.Pair manager = NOBODY.over("maf", "MAF", true, false);
        assertEquals("own_request", code(() -> manager.requireDecide(true)));
        assertDoesNotThrow(() -> manager.requireDecide(false));
        assertEquals("own_request", code(() -> ADMINISTRATOR.requireDecide("soffi", "SOFFI", true)));
        assertDoesNotThrow(() -> ADMINISTRATOR.requireDecide("soffi", "SOFFI", false));
        assertEquals("forbidden", code(() -> MAF_ADMIN.requireDecide("soffi", "SOFFI", false)));
        assertEquals(
                "Accès refusé : vous ne pouvez pas traiter votre propre demande d'accès ; un autre administrateur de l'application la traitera.",
                refusal(() -> admin.requireDecide(true)));
    }

    @Test
    void theFactsAreCopied() {
        var administered = new java.util.HashSet<>(Set.of("maf"));
        Rights rights = new Rights(false, administered, Set.of());
        administered.clear();
        assertTrue(rights.canManage("maf"));
    }
}
