package fr.gouv.travail.efp.directory.local;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The walk of a name query: the driver word's index entries in index order, page by page, kept
 * when their name key holds the other words, until {@code limit} distinct establishments match or
 * the entries run out. Pages grow (×4 up to {@link #MAX_PAGE}): the first is small because most
 * queries match densely and stop early; the others are large because a query that matches little
 * reads every entry anyway, and fewer queries cost less.
 */
final class IndexWalk {

    /** One entry of the word index as the walk reads it. */
    record Entry(String word, String siret, String nameKey) {
    }

    /** Reads the entries strictly after {@code after} (null: from the start), in index order (word, then SIRET), at most {@code size}. */
    interface Pages {
        List<Entry> after(Entry after, int size);
    }

    /** What a walk found. */
    record Result(List<String> sirets, int entriesRead) {
    }

    static final int MAX_PAGE = 16_384;

    private IndexWalk() {
    }

    /** The distinct SIRETs whose entries the key test keeps, in index order, at most {@code limit}. */
    static Result walk(Pages pages, Predicate<String> keeps, int firstPage, int limit) {
        Set<String> found = new LinkedHashSet<>();
        Entry last = null;
        int size = Math.max(1, firstPage);
        int read = 0;
        while (true) {
            List<Entry> page = pages.after(last, size);
            read += page.size();
            for (Entry entry : page) {
                if (keeps.test(entry.nameKey())) {
                    found.add(entry.siret());
                    if (found.size() >= limit) {
                        return new Result(new ArrayList<>(found), read);
                    }
                }
            }
            if (page.size() < size) {
                return new Result(new ArrayList<>(found), read);
            }
            last = page.get(page.size() - 1);
            size = (int) Math.min(MAX_PAGE, size * 4L);
        }
    }
}
