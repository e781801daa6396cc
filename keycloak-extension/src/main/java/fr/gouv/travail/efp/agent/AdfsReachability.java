package fr.gouv.travail.efp.agent;

import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Whether a ministry's ADFS answers, asked before an agent is sent there: a browser sent to an
 * ADFS that does not answer shows its own "site inaccessible" page, in no language of ours and
 * with no way back. Each address is asked at most once per period (longer when it answered), so
 * that a burst of logins costs one request and an ADFS that comes back is seen quickly.
 */
public final class AdfsReachability {

    private record Seen(boolean answers, long atMillis) {}

    private final Predicate<URI> probe;
    private final LongSupplier clockMillis;
    private final long answeringForMillis;
    private final long silentForMillis;
    private final ConcurrentMap<URI, Seen> seen = new ConcurrentHashMap<>();

    /**
     * @param probe asks the address once: true when it answered
     * @param answeringForMillis how long an answer is trusted
     * @param silentForMillis how long a silence is trusted
     */
    public AdfsReachability(
            Predicate<URI> probe, LongSupplier clockMillis, long answeringForMillis, long silentForMillis) {
        this.probe = probe;
        this.clockMillis = clockMillis;
        this.answeringForMillis = answeringForMillis;
        this.silentForMillis = silentForMillis;
    }

    public boolean answers(URI address) {
        long now = clockMillis.getAsLong();
        Seen last = seen.get(address);
        if (last != null && now - last.atMillis() < (last.answers() ? answeringForMillis : silentForMillis)) {
            return last.answers();
        }
        boolean answers = probe.test(address);
        seen.put(address, new Seen(answers, now));
        return answers;
    }
}
