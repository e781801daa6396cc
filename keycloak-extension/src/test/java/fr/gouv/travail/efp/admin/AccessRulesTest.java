package fr.gouv.travail.efp.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

    @Test
    void administratorsDoEverything() {
        var rules = new AccessRules(true, Set.of(), Set.of());
        assertTrue(rules.isStaff());
        assertTrue(rules.canManage("maf"));
        assertTrue(rules.canManageCompanies());
    }

    @Test
    void applicationAdminsManageTheirApplicationOnly() {
        var rules = new AccessRules(false, Set.of("maf"), Set.of());
        assertTrue(rules.canManage("maf"));
        assertFalse(rules.canManage("soffi"));
        assertFalse(rules.canRead("soffi"));
        assertTrue(rules.canReadCompanies());
        assertFalse(rules.canManageCompanies());
    }

    @Test
    void supportAgentsReadOnly() {
        var rules = new AccessRules(false, Set.of(), Set.of("soffi"));
        assertTrue(rules.canRead("soffi"));
        assertFalse(rules.canManage("soffi"));
    }

    @Test
    void everyoneElseNothing() {
        var rules = new AccessRules(false, Set.of(), Set.of());
        assertFalse(rules.isStaff());
        assertFalse(rules.canRead("maf"));
        assertFalse(rules.canReadCompanies());
    }
}
