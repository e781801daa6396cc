package fr.gouv.travail.efp.agent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which ministerial structure an agent belongs to. A provider names its default structure
 * ({@value #STRUCTURE_CONFIG}: DGEFP for hydre); one whose ADFS tells the structure in an
 * assertion attribute ({@value #CLAIM_CONFIG}, polaris) also carries the table from the values
 * that ADFS sends to structure codes ({@value #VALUES_CONFIG}, realm-config). A value the table
 * lacks but that is itself a known code is taken as is; anything else falls back to the default.
 */
public final class AgentStructure {

    public static final String STRUCTURE_CONFIG = "efp.structure";
    public static final String CLAIM_CONFIG = "efp.structure-claim";
    public static final String VALUES_CONFIG = "efp.structure-values";

    private AgentStructure() {}

    /**
     * @param defaultCode the provider's structure
     * @param claimValues the values of the structure attribute in the assertion (empty: none sent)
     * @param valueToCode realm-config's table, value as ADFS sends it to structure code
     * @param knownCode whether a code is a ministerial structure of the realm
     */
    public static Optional<String> resolve(
            String defaultCode,
            List<String> claimValues,
            Map<String, String> valueToCode,
            Predicate<String> knownCode) {
        for (String value : claimValues) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String trimmed = value.strip();
            String mapped = valueToCode.get(trimmed);
            if (mapped != null && knownCode.test(mapped)) {
                return Optional.of(mapped);
            }
            if (knownCode.test(trimmed)) {
                return Optional.of(trimmed);
            }
        }
        return defaultCode == null || defaultCode.isBlank() ? Optional.empty() : Optional.of(defaultCode.strip());
    }
}
