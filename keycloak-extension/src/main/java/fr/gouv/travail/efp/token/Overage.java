package fr.gouv.travail.efp.token;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When a token stops listing habilitations and points to our endpoint instead, and what it then
 * carries: OpenID Connect's distributed claims (Core 1.0, section 5.6.2), the shape Entra ID
 * uses for its groups overage, so that an OIDC library that knows distributed claims finds the
 * endpoint by itself, plus the count.
 */
public final class Overage {

    /** The source name under {@code _claim_names} / {@code _claim_sources}. */
    public static final String SOURCE = "efp";

    public static final String COUNT_CLAIM = "efp_habilitations_count";
    /**
     * The claim's JSON past which the token carries the marker whatever the configured count:
     * with very long company names, a count under the limit could still make a token too large
     * for a header. 4 KB of JSON is about 5.5 KB of base64, leaving room for the rest.
     */
    public static final int MAX_CLAIM_BYTES = 4096;

    private Overage() {}

    /** Whether {@code count} habilitations are too many to list, given the realm's limit. */
    public static boolean byCount(int count, int maxHabilitations) {
        return count > maxHabilitations;
    }

    /** Whether the claim, once written, would be too large for a token. */
    public static boolean bySize(int claimJsonBytes) {
        return claimJsonBytes > MAX_CLAIM_BYTES;
    }

    /** The claims the token carries instead of the list. */
    public static Map<String, Object> marker(String endpoint, int count) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("_claim_names", Map.of(HabilitationClaim.CLAIM, SOURCE));
        claims.put("_claim_sources", Map.of(SOURCE, Map.of("endpoint", endpoint)));
        claims.put(COUNT_CLAIM, count);
        return claims;
    }

    /** The endpoint of a realm, from the frontend base URI of Keycloak (ending with a slash or not). */
    public static String endpoint(String baseUri, String realmName) {
        String base = baseUri.endsWith("/") ? baseUri : baseUri + "/";
        return base + "realms/"
                + java.net.URLEncoder.encode(realmName, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20") + "/" + HabilitationsResourceProviderFactory.ID + "/habilitations";
    }
}
