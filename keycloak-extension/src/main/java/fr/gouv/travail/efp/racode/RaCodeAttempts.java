package fr.gouv.travail.efp.racode;

import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Wrong RA codes typed by one user: after {@value #MAX_FAILURES} in {@value #WINDOW_SECONDS}
 * seconds, further tries are refused until the window ends. Kept in Keycloak's single-use
 * store (shared by the cluster), never in the user's record.
 */
public final class RaCodeAttempts {

    public static final int MAX_FAILURES = 5;
    public static final int WINDOW_SECONDS = 15 * 60;
    private static final String PREFIX = "efp-ra-code-failures:";

    private RaCodeAttempts() {
    }

    public static boolean blocked(KeycloakSession session, String userId) {
        return failures(session, userId) >= MAX_FAILURES;
    }

    public static int failures(KeycloakSession session, String userId) {
        Map<String, String> notes = session.getProvider(SingleUseObjectProvider.class).get(PREFIX + userId);
        return notes == null ? 0 : Integer.parseInt(notes.getOrDefault("count", "0"));
    }

    public static void recordFailure(KeycloakSession session, String userId) {
        SingleUseObjectProvider store = session.getProvider(SingleUseObjectProvider.class);
        String key = PREFIX + userId;
        Map<String, String> notes = store.get(key);
        if (notes == null) {
            store.put(key, WINDOW_SECONDS, Map.of("count", "1"));
        } else {
            store.replace(key, Map.of("count", String.valueOf(Integer.parseInt(notes.getOrDefault("count", "0")) + 1)));
        }
    }
}
