package fr.gouv.travail.efp.token;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an application's token says of who the person is, so that it can tell agents from
 * professionals without reading our user attributes: their kind, {@value #AGENT} or
 * {@value #PROFESSIONAL}, and for an agent the code of their ministerial structure (DGEFP,
 * DREETS-ARA…). The claim names are realm-config's ({@code tokens.claims}), the mapper's config.
 *
 * @param kindClaim the claim holding the kind (default {@value #DEFAULT_KIND_CLAIM})
 * @param structureClaim the claim holding an agent's structure code (default {@value #DEFAULT_STRUCTURE_CLAIM})
 */
public record IdentityClaims(String kindClaim, String structureClaim) {

    public static final String AGENT = "agent";
    public static final String PROFESSIONAL = "professional";
    public static final String DEFAULT_KIND_CLAIM = "efp_user_kind";
    public static final String DEFAULT_STRUCTURE_CLAIM = "efp_structure";

    /** The mapper's names, the defaults for one left blank (a mapper added by hand in the console). */
    public IdentityClaims {
        kindClaim = kindClaim == null || kindClaim.isBlank() ? DEFAULT_KIND_CLAIM : kindClaim.strip();
        structureClaim =
                structureClaim == null || structureClaim.isBlank() ? DEFAULT_STRUCTURE_CLAIM : structureClaim.strip();
    }

    /**
     * The claims of a person: the kind always; the structure for an agent who has one, never for
     * a professional (a company is no structure: the habilitations claim names companies).
     */
    public Map<String, Object> of(boolean agent, String structureCode) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(kindClaim, agent ? AGENT : PROFESSIONAL);
        if (agent && structureCode != null && !structureCode.isBlank()) {
            claims.put(structureClaim, structureCode);
        }
        return claims;
    }
}
