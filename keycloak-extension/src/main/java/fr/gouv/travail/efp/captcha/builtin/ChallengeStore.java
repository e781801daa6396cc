package fr.gouv.travail.efp.captcha.builtin;

import java.util.Map;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * The part of Keycloak's {@link SingleUseObjectProvider} a challenge needs: cluster-wide,
 * expiring, with an atomic {@code remove}. An interface of our own so the provider's rules
 * (single use, expiry, realm binding) run in unit tests without a server.
 */
interface ChallengeStore {

    void put(String key, long lifespanSeconds, Map<String, String> notes);

    /** The notes, or null when absent or expired; leaves them in place. */
    Map<String, String> get(String key);

    /** The notes, or null; at most one caller ever gets them. */
    Map<String, String> remove(String key);

    static ChallengeStore of(SingleUseObjectProvider store) {
        return new ChallengeStore() {
            @Override
            public void put(String key, long lifespanSeconds, Map<String, String> notes) {
                store.put(key, lifespanSeconds, notes);
            }

            @Override
            public Map<String, String> get(String key) {
                return store.get(key);
            }

            @Override
            public Map<String, String> remove(String key) {
                return store.remove(key);
            }
        };
    }
}
