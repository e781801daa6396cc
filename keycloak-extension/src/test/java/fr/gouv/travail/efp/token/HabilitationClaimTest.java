package fr.gouv.travail.efp.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HabilitationClaimTest {

    private static final long NOW = 1_800_000_000_000L;

    @Test
    void oneEntryPerCompanyAndTheUnionOfRoles() {
        var claim = HabilitationClaim.build(
                List.of(
                        new HabilitationClaim.Grant(
                                "57206768400017",
                                "57206768400017",
                                "ROBERT BOSCH FRANCE",
                                Set.of("deposant"),
                                false,
                                false,
                                null),
                        new HabilitationClaim.Grant(
                                "34981259400050",
                                "34981259400050",
                                "PLUME 75010",
                                Set.of("administrateur", "deposant"),
                                true,
                                false,
                                null)),
                NOW);
        assertEquals(Set.of("administrateur", "deposant"), claim.roles());
        assertEquals(2, claim.habilitations().size());
        assertEquals(
                Map.of(
                        "siret",
                        "34981259400050",
                        "company",
                        "PLUME 75010",
                        "roles",
                        List.of("administrateur", "deposant"),
                        "access_manager",
                        true,
                        "third_party",
                        false),
                claim.habilitations().get(0));
    }

    @Test
    void expiredHabilitationsGiveNothing() {
        var claim = HabilitationClaim.build(
                List.of(
                        new HabilitationClaim.Grant(
                                "57206768400017", "57206768400017", "A", Set.of("deposant"), false, false, NOW),
                        new HabilitationClaim.Grant(
                                "57206768400108",
                                "57206768400108",
                                "B",
                                Set.of("consultation"),
                                false,
                                true,
                                NOW + 1000)),
                NOW);
        assertEquals(Set.of("consultation"), claim.roles());
        assertEquals(1, claim.habilitations().size());
        assertEquals(true, claim.habilitations().get(0).get("third_party"));
        assertEquals((NOW + 1000) / 1000, claim.habilitations().get(0).get("expires_at"));
    }

    @Test
    void aMinistryIsNamedByItsStructureCode() {
        var claim = HabilitationClaim.build(
                List.of(new HabilitationClaim.Grant(
                        "DGEFP", null, "DGEFP", Set.of("consultation"), false, false, null)),
                NOW);
        assertEquals("DGEFP", claim.habilitations().get(0).get("structure"));
    }

    @Test
    void noHabilitationNoRole() {
        var claim = HabilitationClaim.build(List.of(), NOW);
        assertEquals(List.of(), claim.habilitations());
        assertEquals(Set.of(), claim.roles());
    }
}
