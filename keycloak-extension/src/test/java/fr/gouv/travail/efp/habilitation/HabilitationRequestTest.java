package fr.gouv.travail.efp.habilitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.gouv.travail.efp.common.EfpException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HabilitationRequestTest {

    private static final List<String> ROLES = List.of("deposant", "administrateur");
    private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

    private static HabilitationRequest request(List<String> roles, Boolean manager, String kind, String expiresAt) {
        return new HabilitationRequest("u", "maf", "57206768400017", roles, manager, kind, expiresAt);
    }

    @Test
    void knownRolesAMemberByDefaultNoExpiry() {
        var checked = request(List.of("deposant", " administrateur "), null, null, null).check(ROLES, "MAF", NOW);
        assertEquals(Set.of("deposant", "administrateur"), checked.roles());
        assertEquals(HabilitationKind.MEMBER, checked.kind());
        assertEquals(null, checked.expiresAt());
    }

    @Test
    void anUnknownRoleIsRefusedNamingThePossibleOnes() {
        var error = assertThrows(EfpException.class, () -> request(List.of("pilote"), null, null, null).check(ROLES, "MAF", NOW));
        assertEquals(400, error.status());
        assertEquals("unknown_role", error.code());
        assertEquals(true, error.getMessage().contains("deposant, administrateur"));
    }

    @Test
    void rolesWhoseNamesOverflowTheRoleKeyAreRefused() {
        List<String> many = java.util.stream.IntStream.range(0, 30).mapToObj(i -> "role-" + "x".repeat(30) + "-" + i).toList();
        var error = assertThrows(EfpException.class, () -> request(many, null, null, null).check(many, "MAF", NOW));
        assertEquals(400, error.status());
        assertEquals("too_many_roles", error.code());
        assertEquals(25, request(many.subList(0, 25), null, null, null).check(many, "MAF", NOW).roles().size());
    }

    @Test
    void noRoleIsOnlyForAnAccessManager() {
        assertThrows(EfpException.class, () -> request(List.of(), false, null, null).check(ROLES, "MAF", NOW));
        assertEquals(true, request(List.of(), true, null, null).check(ROLES, "MAF", NOW).accessManager());
    }

    @Test
    void kindAndExpiryAreChecked() {
        assertEquals(HabilitationKind.THIRD_PARTY, request(ROLES, null, "third-party", null).check(ROLES, "MAF", NOW).kind());
        assertEquals("invalid_kind", assertThrows(EfpException.class, () -> request(ROLES, null, "cousin", null).check(ROLES, "MAF", NOW)).code());
        assertEquals("invalid_expiry", assertThrows(EfpException.class, () -> request(ROLES, null, null, "demain").check(ROLES, "MAF", NOW)).code());
        assertEquals("invalid_expiry", assertThrows(EfpException.class, () -> request(ROLES, null, null, "2026-11-26T00:00:00Z").check(ROLES, "MAF", NOW)).code());
        assertEquals(Instant.parse("2027-06-30T00:00:00Z").toEpochMilli(), request(ROLES, null, null, "2027-06-30T00:00:00Z").check(ROLES, "MAF", NOW).expiresAt());
    }
}
