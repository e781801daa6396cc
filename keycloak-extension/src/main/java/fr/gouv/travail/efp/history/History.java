package fr.gouv.travail.efp.history;

import fr.gouv.travail.efp.common.EfpException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One account's history as EFP ADMIN's user page shows it: the audit entries about the person
 * and by the person, and Keycloak's sign-in events (success, failure, lockout, password), in one
 * timeline, newest first, a page at a time. Pure: {@link HistoryReader} reads both sources,
 * newest first, {@link #window} entries of each at most; this merges them and cuts the page.
 */
public final class History {

    /** At most this many entries per page. */
    public static final int MAX_PAGE = 100;

    /** Pages start at most this deep: a timeline is read from its newest end. */
    public static final int MAX_FIRST = 10_000;

    /** Where an entry comes from: our audit log, or Keycloak's events. */
    public enum Source {
        AUDIT,
        LOGIN
    }

    /**
     * One entry of the timeline.
     *
     * @param time epoch milliseconds
     * @param id the entry's id in its source (ties in time are ordered by it)
     * @param source where it comes from
     * @param type the audit action (HABILITATION_GRANTED…) or the event type (LOGIN, LOGIN_ERROR…)
     * @param actorId who acted (audit), or null
     * @param actorName their name as recorded (audit), or null
     * @param subjectId whom it is about (audit), or the account (events)
     * @param application the application's clientId, or null (none, or not the viewer's)
     * @param company the company's SIRET or structure code, or null
     * @param ipAddress the address the request came from, or null
     * @param error the event's error (LOGIN_ERROR: invalid_user_credentials…), or null
     * @param details the audit entry's details (JSON) or the event's identity provider, or null
     */
    public record Entry(
            long time,
            String id,
            Source source,
            String type,
            String actorId,
            String actorName,
            String subjectId,
            String application,
            String company,
            String ipAddress,
            String error,
            String details) {}

    /** One page of the timeline, and whether older entries follow. */
    public record Page(List<Entry> items, boolean more) {}

    /** Checked paging: {@code first} from 0 to {@link #MAX_FIRST}, {@code max} from 1 to {@link #MAX_PAGE}. */
    public record Window(int first, int max) {

        public Window {
            if (first < 0 || first > MAX_FIRST) {
                throw EfpException.badRequest(
                        "invalid_paging", "Le paramètre first doit être un entier de 0 à " + MAX_FIRST + ".");
            }
            if (max < 1 || max > MAX_PAGE) {
                throw EfpException.badRequest(
                        "invalid_paging", "Le paramètre max doit être un entier de 1 à " + MAX_PAGE + ".");
            }
        }

        public static Window of(Integer first, Integer max) {
            return new Window(first == null ? 0 : first, max == null ? 20 : max);
        }

        /** How many entries of each source the page needs, newest first: the page, and one to tell "more". */
        public int perSource() {
            return first + max + 1;
        }
    }

    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparingLong(Entry::time)
            .reversed()
            .thenComparing(Entry::source)
            .thenComparing(Entry::id);

    private History() {}

    /**
     * The page {@code window} of the two sources merged, newest first. Each source holds its
     * newest {@link Window#perSource()} entries (or all it has), in any order.
     */
    public static Page merge(List<Entry> audit, List<Entry> logins, Window window) {
        List<Entry> all = new ArrayList<>(audit.size() + logins.size());
        all.addAll(audit);
        all.addAll(logins);
        all.sort(NEWEST_FIRST);
        int end = Math.min(all.size(), window.first() + window.max());
        List<Entry> items = window.first() >= end ? List.of() : List.copyOf(all.subList(window.first(), end));
        return new Page(items, all.size() > window.first() + window.max());
    }
}
