package fr.gouv.travail.efp.directory.local;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The walk of a name query: the driver word's matching index entries (the database checks the
 * other words on each entry's name key as it reads the index) in index order, page by page, until
 * {@code limit} distinct establishments match or the entries run out. An establishment comes once
 * per word of the driver's range (a word being typed may start two of its words): a page may hold
 * fewer distinct establishments than entries, so the walk goes on after the last entry read, with
 * pages growing fourfold up to {@link #MAX_PAGE}.
 */
final class IndexWalk {

    /** One entry of the word index as the walk reads it. */
    record Entry(String word, String siret) {}

    /** Reads the matching entries strictly after {@code after} (null: from the start), in index order (word, then SIRET), at most {@code size}. */
    interface Pages {
        List<Entry> after(Entry after, int size);
    }

    static final int MAX_PAGE = 16_384;

    private IndexWalk() {}

    /** The distinct SIRETs of the matching entries, in index order, at most {@code limit}. */
    static List<String> walk(Pages pages, int limit) {
        Set<String> found = new LinkedHashSet<>();
        Entry last = null;
        int size = Math.max(1, limit);
        while (true) {
            List<Entry> page = pages.after(last, size);
            for (Entry entry : page) {
                found.add(entry.siret());
                if (found.size() >= limit) {
                    return new ArrayList<>(found);
                }
            }
            if (page.size() < size) {
                return new ArrayList<>(found);
            }
            last = page.get(page.size() - 1);
            size = (int) Math.min(MAX_PAGE, size * 4L);
        }
    }
}
