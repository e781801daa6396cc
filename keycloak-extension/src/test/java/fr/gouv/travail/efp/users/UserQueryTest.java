package fr.gouv.travail.efp.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserQueryTest {

    private static final UserQuery.Perimeter SOFFI = UserQuery.Perimeter.of(Set.of("id-soffi"));

    @Test
    void anAdministratorSearchesEveryAccountOfTheRealmButServiceAccounts() {
        UserQuery.Jpql jpql = UserQuery.of(null, null, null, null, null, null, UserQuery.Perimeter.all())
                .jpql("realm-1");
        assertEquals("realm-1", jpql.parameters().get("realm"));
        assertFalse(jpql.parameters().containsKey("perimeter"));
        assertTrue(jpql.ids().contains("u.serviceAccountClientLink is null"));
        assertTrue(jpql.ids().endsWith("order by lower(u.lastName), lower(u.firstName), u.email"));
        assertTrue(jpql.count().startsWith("select count(u) from UserEntity u"));
    }

    @Test
    void anApplicationAdminsPerimeterStaysWhateverTheFilters() {
        UserQuery.Jpql jpql = UserQuery.of("dupont", "id-other", "org-1", "agent", "disabled", "email", SOFFI)
                .jpql("realm-1");
        assertEquals(Set.of("id-soffi"), jpql.parameters().get("perimeter"));
        assertTrue(jpql.ids().contains("h.clientId in :perimeter"));
        assertTrue(jpql.ids().contains("r.clientId in :perimeter"));
        // The filters narrow inside it: an application out of the perimeter finds nobody.
        assertEquals("id-other", jpql.parameters().get("application"));
        assertEquals("org-1", jpql.parameters().get("company"));
        assertTrue(jpql.ids().contains("u.enabled = false"));
        assertTrue(jpql.ids().endsWith("order by u.email"));
        assertEquals(
                jpql.ids().substring(jpql.ids().indexOf(" from ")).replace(" order by u.email", ""),
                jpql.count().substring(jpql.count().indexOf(" from ")));
    }

    @Test
    void aPerimeterWithoutApplicationsIsRefusedRatherThanSeeingEverything() {
        assertThrows(IllegalArgumentException.class, () -> UserQuery.Perimeter.of(Set.of()));
    }

    @Test
    void theTextIsLiteralInsideTheLikePatternAndMatchesASiretExactly() {
        UserQuery.Jpql jpql = UserQuery.of("  100%_Sûr  ", null, null, null, null, null, SOFFI)
                .jpql("r");
        assertEquals("%100\\%\\_sûr%", jpql.parameters().get("contains"));
        assertEquals("100%_Sûr", jpql.parameters().get("exact"));
        assertTrue(jpql.ids().contains("o.alias = :exact"));
    }

    @Test
    void kindsAndStatusesReadTheirAttributes() {
        UserQuery.Jpql test = UserQuery.of(null, null, null, "TEST", "migrated", "created", SOFFI)
                .jpql("r");
        assertEquals(UserQuery.TEST_ACCOUNT_ATTRIBUTE, test.parameters().get("testName"));
        assertEquals("efp.migrated", test.parameters().get("migratedName"));
        assertTrue(test.ids().endsWith("order by u.createdTimestamp desc, u.email"));
        UserQuery.Jpql professional = UserQuery.of(null, null, null, "professional", "active", null, SOFFI)
                .jpql("r");
        assertTrue(professional.ids().contains(" and not (u.id in (select a.user.id from UserAttributeEntity a"));
        assertTrue(professional.ids().contains("u.enabled = true"));
    }

    @Test
    void neverLoggedInReadsTheLastSignInsAndIsWrittenWithADash() {
        UserQuery.Jpql jpql = UserQuery.of(null, null, null, null, "never-logged-in", null, SOFFI)
                .jpql("r");
        assertTrue(
                jpql.ids().contains(" and not exists (select l.userId from LastLoginEntity l where l.userId = u.id)"));
        assertTrue(jpql.count().contains("LastLoginEntity"));
    }

    @Test
    void blankParametersMeanNoFilter() {
        UserQuery query = UserQuery.of("   ", null, null, " ", "", null, SOFFI);
        assertNull(query.text());
        assertNull(query.kind());
        assertNull(query.status());
        assertEquals(UserQuery.Sort.NAME, query.sort());
    }

    @Test
    void unknownValuesAndTooLongTextAreA400NamingWhatIsAccepted() {
        EfpException kind =
                assertThrows(EfpException.class, () -> UserQuery.of(null, null, null, "robot", null, null, SOFFI));
        assertEquals(400, kind.status());
        assertEquals("invalid_kind", kind.code());
        assertTrue(kind.getMessage().contains("professional, agent, test"), kind.getMessage());
        assertEquals(
                "invalid_status",
                assertThrows(EfpException.class, () -> UserQuery.of(null, null, null, null, "gone", null, SOFFI))
                        .code());
        assertEquals(
                "invalid_sort",
                assertThrows(EfpException.class, () -> UserQuery.of(null, null, null, null, null, "random()", SOFFI))
                        .code());
        assertEquals(
                "invalid_search",
                assertThrows(
                                EfpException.class,
                                () -> UserQuery.of("x".repeat(201), null, null, null, null, null, SOFFI))
                        .code());
    }
}
