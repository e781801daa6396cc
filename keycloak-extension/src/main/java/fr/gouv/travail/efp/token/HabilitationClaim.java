package fr.gouv.travail.efp.token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@value #CLAIM} claim for one application: one entry per company the user is habilitated
 * for, and the union of their roles, which also goes to {@code resource_access.<clientId>.roles}
 * so applications on stock Keycloak adapters keep working. Pure: the mapper feeds it rows.
 */
public final class HabilitationClaim {

    public static final String CLAIM = "efp_habilitations";

    /** A habilitation as the claim needs it; {@code siret} is null for a ministerial structure. */
    public record Grant(
            String organization,
            String siret,
            String companyName,
            Set<String> roles,
            boolean accessManager,
            boolean thirdParty,
            Long expiresAt) {}

    /** What goes into the token. */
    public record Claim(List<Map<String, Object>> habilitations, Set<String> roles) {}

    private HabilitationClaim() {}

    /** Drops habilitations expired at {@code now}; entries sorted by organization. */
    public static Claim build(List<Grant> grants, long now) {
        List<Map<String, Object>> entries = new ArrayList<>();
        Set<String> union = new TreeSet<>();
        grants.stream()
                .filter(g -> g.expiresAt() == null || g.expiresAt() > now)
                .sorted(Comparator.comparing(Grant::organization))
                .forEach(g -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    if (g.siret() != null) {
                        entry.put("siret", g.siret());
                    } else {
                        entry.put("structure", g.organization());
                    }
                    entry.put("company", g.companyName());
                    entry.put("roles", new ArrayList<>(new TreeSet<>(g.roles())));
                    entry.put("access_manager", g.accessManager());
                    entry.put("third_party", g.thirdParty());
                    if (g.expiresAt() != null) {
                        entry.put("expires_at", g.expiresAt() / 1000);
                    }
                    entries.add(entry);
                    union.addAll(g.roles());
                });
        return new Claim(entries, union);
    }
}
