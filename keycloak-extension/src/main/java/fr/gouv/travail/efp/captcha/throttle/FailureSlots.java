package fr.gouv.travail.efp.captcha.throttle;

/**
 * A bounded, cluster-wide failure count made of single-use slots: the n-th failure of a window
 * claims slot n with an atomic put-if-absent, so two nodes (or two parallel requests) can never
 * claim the same one, and the count is full once slot {@code limit} is taken. Nothing is ever
 * read then written back, so no failure is lost to a race; slots expire with their window.
 */
public final class FailureSlots {

    /** The part of Keycloak's single-use store the slots need. */
    public interface Store {
        /** True when {@code key} was absent and is now taken for {@code lifespanSeconds}. */
        boolean claim(String key, long lifespanSeconds);

        boolean isTaken(String key);
    }

    private final Store store;

    public FailureSlots(Store store) {
        this.store = store;
    }

    /** Whether {@code limit} failures were already counted under {@code counter}. */
    public boolean isFull(String counter, int limit) {
        return store.isTaken(slot(counter, limit));
    }

    /**
     * Counts one failure under {@code counter}. Returns the number it got (1 for the first), or
     * {@code limit + 1} when the count was already full: nothing more is stored then.
     *
     * <p>Slots fill in order, so the first free one is found by bisection over taken/free, then
     * claimed; a lost race moves on to the next slot.
     */
    public int record(String counter, int limit, long lifespanSeconds) {
        int low = 1;
        int high = limit;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (store.isTaken(slot(counter, middle))) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int n = low; n <= limit; n++) {
            if (store.claim(slot(counter, n), lifespanSeconds)) {
                return n;
            }
        }
        return limit + 1;
    }

    static String slot(String counter, int n) {
        return counter + "#" + n;
    }
}
