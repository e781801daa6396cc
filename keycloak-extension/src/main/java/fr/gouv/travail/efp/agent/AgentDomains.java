package fr.gouv.travail.efp.agent;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which identity provider serves which domain prefix. The table is data: each ADFS provider of
 * the realm carries its prefix in its configuration ({@value #PREFIX_CONFIG}, written by the
 * provisioning from realm-config/identity-providers/*.yaml), so a new ministry domain needs no
 * code. Prefixes compare without case.
 */
public final class AgentDomains {

    /** The identity provider configuration key holding the prefix agents type (hydre). */
    public static final String PREFIX_CONFIG = "efp.domain-prefix";

    private final Map<String, String> providerByPrefix;

    private AgentDomains(Map<String, String> providerByPrefix) {
        this.providerByPrefix = providerByPrefix;
    }

    /** One entry per enabled provider that declares a prefix: provider alias, then its prefix. */
    public static AgentDomains of(Collection<Map.Entry<String, String>> aliasAndPrefix) {
        Map<String, String> table = new TreeMap<>();
        for (Map.Entry<String, String> entry : aliasAndPrefix) {
            String prefix = entry.getValue();
            if (prefix != null && !prefix.isBlank()) {
                // Two providers for one prefix is a configuration error: the first alias wins, always the same.
                table.putIfAbsent(prefix.strip().toLowerCase(Locale.ROOT), entry.getKey());
            }
        }
        return new AgentDomains(table);
    }

    /** The alias of the provider serving {@code prefix}, if any. */
    public Optional<String> providerFor(String prefix) {
        return prefix == null
                ? Optional.empty()
                : Optional.ofNullable(providerByPrefix.get(prefix.strip().toLowerCase(Locale.ROOT)));
    }

    /** The known prefixes, sorted, as the error message lists them. */
    public List<String> prefixes() {
        return List.copyOf(providerByPrefix.keySet());
    }
}
