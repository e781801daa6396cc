package fr.gouv.travail.efp.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityClaimsTest {

    private static final IdentityClaims DEFAULTS = new IdentityClaims(null, " ");

    @Test
    void anAgentCarriesTheirKindAndStructure() {
        assertEquals(Map.of("efp_user_kind", "agent", "efp_structure", "DGEFP"), DEFAULTS.of(true, "DGEFP"));
        assertEquals(
                List.of("efp_user_kind", "efp_structure"),
                List.copyOf(DEFAULTS.of(true, "DGEFP").keySet()));
    }

    @Test
    void aProfessionalCarriesTheirKindAndNoStructureWhateverTheyBelongTo() {
        assertEquals(Map.of("efp_user_kind", "professional"), DEFAULTS.of(false, "DGEFP"));
        assertEquals(Map.of("efp_user_kind", "professional"), DEFAULTS.of(false, null));
    }

    @Test
    void anAgentWithoutStructureCarriesTheKindOnly() {
        assertEquals(Map.of("efp_user_kind", "agent"), DEFAULTS.of(true, null));
        assertEquals(Map.of("efp_user_kind", "agent"), DEFAULTS.of(true, ""));
    }

    @Test
    void theNamesAreRealmConfigs() {
        IdentityClaims named = new IdentityClaims(" efp_kind ", "efp_ministry");
        assertEquals(Map.of("efp_kind", "agent", "efp_ministry", "DREETS-ARA"), named.of(true, "DREETS-ARA"));
    }
}
