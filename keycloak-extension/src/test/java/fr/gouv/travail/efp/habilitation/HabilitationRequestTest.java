package fr.gouv.travail.efp.habilitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.travail.efp.common.EfpException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HabilitationRequestTest {

    private static final List<String> ROLES = List.of("deposant", "administrateur");
    private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");
    private static final HabilitationSettings SETTINGS = new HabilitationSettings(3);

    private static HabilitationRequest request(List<String> roles, Boolean manager, String kind, String expiresAt) {
        return new HabilitationRequest("u", "maf", "57206768400017", roles, manager, kind, expiresAt);
    }

    @Test
    void knownRolesAMemberByDefaultNoExpiry() {
        var checked = request(List.of("deposant", " administrateur "), null, null, null)
                .check(ROLES, "MAF", NOW, SETTINGS);
        assertEquals(Set.of("deposant", "administrateur"), checked.roles());
        assertEquals(HabilitationKind.MEMBER, checked.kind());
        assertEquals(null, checked.expiresAt());
    }

    @Test
    void anUnknownRoleIsRefusedNamingThePossibleOnes() {
        var error = assertThrows(
                EfpException.class,
                () -> request(List.of("pilote"), null, null, null).check(ROLES, "MAF", NOW, SETTINGS));
        assertEquals(400, error.status());
        assertEquals("unknown_role", error.code());
        assertEquals(true, error.getMessage().contains("deposant, administrateur"));
    }

    @Test
    void rolesWhoseNamesOverflowTheRoleKeyAreRefused() {
        List<String> many = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> "role-" + "x".repeat(30) + "-" + i)
                .toList();
        var error = assertThrows(
                EfpException.class, () -> request(many, null, null, null).check(many, "MAF", NOW, SETTINGS));
        assertEquals(400, error.status());
        assertEquals("too_many_roles", error.code());
        assertEquals(
                25,
                request(many.subList(0, 25), null, null, null)
                        .check(many, "MAF", NOW, SETTINGS)
                        .roles()
                        .size());
    }

    @Test
    void noRoleIsOnlyForAnAccessManager() {
        assertThrows(
                EfpException.class, () -> request(List.of(), false, null, null).check(ROLES, "MAF", NOW, SETTINGS));
        assertEquals(
                true,
                request(List.of(), true, null, null)
                        .check(ROLES, "MAF", NOW, SETTINGS)
                        .accessManager());
    }

    @Test
    void kindAndExpiryAreChecked() {
        assertEquals(
                HabilitationKind.THIRD_PARTY,
                request(ROLES, null, "third-party", "2027-06-30T00:00:00Z")
                        .check(ROLES, "MAF", NOW, SETTINGS)
                        .kind());
        assertEquals(
                "invalid_kind",
                assertThrows(
                                EfpException.class,
                                () -> request(ROLES, null, "cousin", null).check(ROLES, "MAF", NOW, SETTINGS))
                        .code());
        assertEquals(
                "invalid_expiry",
                assertThrows(
                                EfpException.class,
                                () -> request(ROLES, null, null, "demain").check(ROLES, "MAF", NOW, SETTINGS))
                        .code());
        assertEquals(
                "invalid_expiry",
                assertThrows(
                                EfpException.class,
                                () -> request(ROLES, null, null, "2026-11-26T00:00:00Z")
                                        .check(ROLES, "MAF", NOW, SETTINGS))
                        .code());
        assertEquals(
                Instant.parse("2027-06-30T00:00:00Z").toEpochMilli(),
                request(ROLES, null, null, "2027-06-30T00:00:00Z")
                        .check(ROLES, "MAF", NOW, SETTINGS)
                        .expiresAt());
    }

    @Test
    void aThirdPartyDelegationEndsWithinTheRealmsMaximum() {
        var none = assertThrows(
                EfpException.class,
                () -> request(ROLES, null, "third-party", null).check(ROLES, "MAF", NOW, SETTINGS));
        assertEquals(400, none.status());
        assertEquals("third_party_expiry_required", none.code());
        assertTrue(none.getMessage().contains("au plus 3 ans"), none.getMessage());
        assertTrue(none.getMessage().contains("27/11/2029"), none.getMessage());
        var far = assertThrows(
                EfpException.class,
                () -> request(ROLES, null, "third-party", "9999-12-31T00:00:00Z")
                        .check(ROLES, "MAF", NOW, SETTINGS));
        assertEquals("third_party_expiry_too_far", far.code());
        assertTrue(far.getMessage().contains("au plus 3 ans"), far.getMessage());
        // The last instant allowed, and one second past it.
        assertEquals(
                Instant.parse("2029-11-27T00:00:00Z").toEpochMilli(),
                request(ROLES, null, "third-party", "2029-11-27T00:00:00Z")
                        .check(ROLES, "MAF", NOW, SETTINGS)
                        .expiresAt());
        assertEquals(
                "third_party_expiry_too_far",
                assertThrows(
                                EfpException.class,
                                () -> request(ROLES, null, "third-party", "2029-11-27T00:00:01Z")
                                        .check(ROLES, "MAF", NOW, SETTINGS))
                        .code());
        // The realm's maximum, not a constant; a member keeps a far end date, or none.
        assertTrue(assertThrows(
                        EfpException.class,
                        () -> request(ROLES, null, "third-party", "2028-01-01T00:00:00Z")
                                .check(ROLES, "MAF", NOW, new HabilitationSettings(1)))
                .getMessage()
                .contains("au plus 1 an "));
        assertEquals(
                Instant.parse("2050-01-01T00:00:00Z").toEpochMilli(),
                request(ROLES, null, "member", "2050-01-01T00:00:00Z")
                        .check(ROLES, "MAF", NOW, SETTINGS)
                        .expiresAt());
    }

    @Test
    void anOutOfRangeDateIsABadRequestNeverAnOverflow() {
        for (String date : new String[] {
            "+1000000000-01-01T00:00:00Z",
            "-999999999-01-01T00:00:00Z",
            "+1000000001-01-01T00:00:00Z",
            "2127-01-01T00:00:00Z",
            "1999-12-31T23:59:59Z"
        }) {
            var error = assertThrows(
                    EfpException.class,
                    () -> request(ROLES, null, "member", date).check(ROLES, "MAF", NOW, SETTINGS),
                    date);
            assertEquals(400, error.status(), date);
            assertEquals("invalid_expiry", error.code(), date);
            // A third party is told the delegation's rule first when the date is too far.
            var third = assertThrows(
                    EfpException.class,
                    () -> request(ROLES, null, "third-party", date).check(ROLES, "MAF", NOW, SETTINGS),
                    date);
            assertEquals(400, third.status(), date);
            assertEquals(
                    date.startsWith("+1000000000") || date.startsWith("2127")
                            ? "third_party_expiry_too_far"
                            : "invalid_expiry",
                    third.code(),
                    date);
        }
    }
}
