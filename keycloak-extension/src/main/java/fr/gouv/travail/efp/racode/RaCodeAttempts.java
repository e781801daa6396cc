package fr.gouv.travail.efp.racode;

import java.util.Optional;
import java.util.function.Predicate;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * RA codes typed by one user: at most {@value #MAX_FAILURES} evaluated per {@value #WINDOW_SECONDS}
 * seconds, whatever arrives at once. Each evaluation first takes one of {@value #MAX_FAILURES}
 * slots with an atomic put-if-absent in Keycloak's single-use store (shared by the cluster,
 * never the user's record, independent of the database); a slot lives for the window. Taking
 * the slot is the count and the check in one step: 16 wrong codes sent at the same moment
 * find 5 slots, not a counter each of them read as 0. A right code gives its slot back.
 */
public final class RaCodeAttempts {

    public static final int MAX_FAILURES = 5;
    public static final int WINDOW_SECONDS = 15 * 60;
    private static final String PREFIX = "efp-ra-code-attempt:";

    private RaCodeAttempts() {}

    /** The slot key this evaluation holds, or empty when the user used up the window's tries. */
    public static Optional<String> reserve(KeycloakSession session, String userId) {
        SingleUseObjectProvider store = session.getProvider(SingleUseObjectProvider.class);
        return firstFree(slotKeys(userId), key -> store.putIfAbsent(key, WINDOW_SECONDS));
    }

    /** After a right code: the try does not count against the user. */
    public static void release(KeycloakSession session, String slotKey) {
        session.getProvider(SingleUseObjectProvider.class).remove(slotKey);
    }

    static String[] slotKeys(String userId) {
        String[] keys = new String[MAX_FAILURES];
        for (int i = 0; i < MAX_FAILURES; i++) {
            keys[i] = PREFIX + userId + ":" + i;
        }
        return keys;
    }

    /** The first key {@code take} takes (an atomic put-if-absent), in order. */
    static Optional<String> firstFree(String[] keys, Predicate<String> take) {
        for (String key : keys) {
            if (take.test(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
