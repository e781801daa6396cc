package fr.gouv.travail.efp.directory.local;

import fr.gouv.travail.efp.directory.CompanyDirectory;
import fr.gouv.travail.efp.directory.DirectoryEntry;
import fr.gouv.travail.efp.directory.DirectoryQuery;
import fr.gouv.travail.efp.directory.DirectoryResult;
import fr.gouv.travail.efp.directory.Names;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The local directory: our two tables, searched through the word index.
 *
 * <p>A name query walks one word's index range (the "driver") in index order ({@link IndexWalk})
 * and keeps the establishments whose entry also holds the other words: each entry carries its
 * establishment's words ({@link NameKey}) and open/closed state, which the database tests on the
 * index entry as it walks, so a query reads index entries in order and nothing else, and only
 * the matches leave the database. Checking each candidate in the index instead lands on a random
 * page per candidate: on H2, whose page cache holds a small part of a large directory, about a
 * hundred times the cost of an entry read in order. The establishments table is read only to
 * load the page.
 *
 * <p>The work is bounded by the driver's size, so the driver is the word with the fewest
 * establishments, as counted by the word statistics ({@link DirectoryTermEntity}, recomputed
 * after each import; for the word being typed, the sum over the words it starts); a word
 * written since the last count is checked in the index instead (at most {@link #PROBE}
 * entries skipped, none read). Counting stops at {@link #COUNT_CAP} matches ("plus de 200"):
 * nobody reads further, they type one more word.
 */
public class LocalDirectory implements CompanyDirectory {

    public static final String ID = "local";

    /** Beyond this many matches the count says "more than". */
    public static final int COUNT_CAP = 200;
    /** Index entries skipped to tell whether a word missing from the statistics is rare. */
    static final int PROBE = 500;
    /** What a word of unknown size counts for: more than any counted word. */
    private static final long UNKNOWN = Long.MAX_VALUE / 4;

    private final EntityManager em;

    public LocalDirectory(EntityManager em) {
        this.em = em;
    }

    @Override
    public DirectoryResult search(DirectoryQuery query) {
        List<String> matches = query.isNumber() ? bySiret(query) : byName(query);
        List<String> page = matches.stream().limit(query.max()).toList();
        return new DirectoryResult(load(page), Math.min(matches.size(), COUNT_CAP), matches.size() > COUNT_CAP, ID);
    }

    /** A word of the query: whole (equality) or being typed (range). */
    private record Term(String word, boolean prefix) {

        String indexWord() {
            return Names.indexForm(word);
        }
    }

    /** Matching SIRETs in SIRET order, at most {@link #COUNT_CAP} + 1. */
    private List<String> bySiret(DirectoryQuery query) {
        WordRange range = WordRange.digitsStartingWith(query.digits());
        StringBuilder jpql = new StringBuilder("select e.siret from EstablishmentEntity e where e.siret >= :from");
        if (range.to() != null) jpql.append(" and e.siret < :to");
        if (query.activeOnly()) jpql.append(" and e.active = true");
        TypedQuery<String> q = em.createQuery(jpql.append(" order by e.siret").toString(), String.class)
                .setParameter("from", range.from());
        if (range.to() != null) q.setParameter("to", range.to());
        return q.setMaxResults(COUNT_CAP + 1).getResultList();
    }

    /** Matching SIRETs in the driver's index order, at most {@link #COUNT_CAP} + 1. */
    private List<String> byName(DirectoryQuery query) {
        List<Term> terms = new ArrayList<>();
        query.words().stream()
                .sorted(Comparator.comparing(word -> -word.length()))
                .forEach(word -> terms.add(new Term(word, false)));
        Term prefix = query.prefix() == null ? null : new Term(query.prefix(), true);
        if (prefix != null) terms.add(prefix);

        Term driver = terms.size() == 1 ? terms.get(0) : rarest(terms);
        List<String> words = terms.stream()
                .filter(term -> term != driver && !term.prefix())
                .map(Term::indexWord)
                .toList();
        String typed = prefix == null || prefix == driver ? null : prefix.indexWord();
        return IndexWalk.walk(pages(driver, NameKey.patterns(words, typed), query.activeOnly()), COUNT_CAP + 1);
    }

    /**
     * The driver's index entries whose name key matches every pattern ({@link NameKey#patterns}),
     * after a given one, in index order, open ones only when asked: keyset pages (a word's entries
     * after the last SIRET read; for a range, from the last word read, after its last SIRET), so a
     * page does not read again what the previous ones read. The database tests the key on the
     * index entry as it walks the index, and stops at the page's size.
     */
    private IndexWalk.Pages pages(Term driver, List<String> patterns, boolean activeOnly) {
        WordRange range = driver.prefix() ? WordRange.startingWith(driver.indexWord()) : null;
        return (after, size) -> {
            StringBuilder jpql = new StringBuilder("select w.word, w.siret from DirectoryWordEntity w where ");
            if (range == null) {
                jpql.append("w.word = :word");
                if (after != null) jpql.append(" and w.siret > :siret");
            } else {
                jpql.append("w.word >= :from").append(range.to() == null ? "" : " and w.word < :to");
                if (after != null) jpql.append(" and (w.word > :from or w.siret > :siret)");
            }
            for (int i = 0; i < patterns.size(); i++) {
                jpql.append(" and w.nameKey like :p").append(i);
            }
            if (activeOnly) jpql.append(" and w.active = true");
            // By both key columns even when the word is fixed: H2 only streams a range in index
            // order when the order by is a prefix of the index, else it reads the whole range to sort it.
            TypedQuery<Object[]> q =
                    em.createQuery(jpql.append(" order by w.word, w.siret").toString(), Object[].class);
            if (range == null) {
                q.setParameter("word", driver.indexWord());
            } else {
                q.setParameter("from", after == null ? range.from() : after.word());
                if (range.to() != null) q.setParameter("to", range.to());
            }
            if (after != null) q.setParameter("siret", after.siret());
            for (int i = 0; i < patterns.size(); i++) {
                q.setParameter("p" + i, patterns.get(i));
            }
            return q.setMaxResults(size)
                    .getResultStream()
                    .map(row -> new IndexWalk.Entry((String) row[0], (String) row[1]))
                    .toList();
        };
    }

    /** The term with the fewest establishments; on a tie the first (whole words, longest first, come before the word being typed). */
    private Term rarest(List<Term> terms) {
        List<String> whole = terms.stream()
                .filter(term -> !term.prefix())
                .map(Term::indexWord)
                .toList();
        Map<String, Long> counted = whole.isEmpty()
                ? Map.of()
                : em.createQuery(
                                "select t.word, t.establishments from DirectoryTermEntity t where t.word in :words",
                                Object[].class)
                        .setParameter("words", whole)
                        .getResultStream()
                        .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        Term best = null;
        long bestSize = Long.MAX_VALUE;
        for (Term term : terms) {
            long size = term.prefix() ? prefixSize(term) : counted.getOrDefault(term.indexWord(), -1L);
            if (size < 0) {
                size = atMost(term, PROBE) ? PROBE : UNKNOWN; // written since the last count
            }
            if (size < bestSize) {
                best = term;
                bestSize = size;
            }
        }
        return best;
    }

    /** Establishments of the words a prefix starts (an upper bound: one may hold two of them). */
    private long prefixSize(Term term) {
        if (term.word().length() < 2) {
            return UNKNOWN; // a single letter starts a good part of the dictionary
        }
        WordRange range = WordRange.startingWith(term.indexWord());
        TypedQuery<Long> q = em.createQuery(
                        "select sum(t.establishments) from DirectoryTermEntity t where t.word >= :from"
                                + (range.to() == null ? "" : " and t.word < :to"),
                        Long.class)
                .setParameter("from", range.from());
        if (range.to() != null) q.setParameter("to", range.to());
        Long sum = q.getSingleResult();
        return sum == null ? -1 : sum;
    }

    /** Whether a word has at most {@code limit} establishments: skips that many index entries, reads none. */
    private boolean atMost(Term term, int limit) {
        TypedQuery<String> q;
        if (!term.prefix()) {
            q = em.createQuery(
                            "select w.siret from DirectoryWordEntity w where w.word = :word order by w.word, w.siret",
                            String.class)
                    .setParameter("word", term.indexWord());
        } else {
            WordRange range = WordRange.startingWith(term.indexWord());
            q = em.createQuery(
                            "select w.siret from DirectoryWordEntity w where w.word >= :from"
                                    + (range.to() == null ? "" : " and w.word < :to") + " order by w.word, w.siret",
                            String.class)
                    .setParameter("from", range.from());
            if (range.to() != null) q.setParameter("to", range.to());
        }
        return q.setFirstResult(limit).setMaxResults(1).getResultList().isEmpty();
    }

    private List<DirectoryEntry> load(List<String> sirets) {
        if (sirets.isEmpty()) {
            return List.of();
        }
        Map<String, EstablishmentEntity> byId = em.createQuery(
                        "select e from EstablishmentEntity e where e.siret in :sirets", EstablishmentEntity.class)
                .setParameter("sirets", sirets)
                .getResultStream()
                .collect(Collectors.toMap(EstablishmentEntity::getSiret, Function.identity()));
        List<DirectoryEntry> entries = new ArrayList<>(sirets.size());
        for (String siret : sirets) {
            EstablishmentEntity entity = byId.get(siret);
            if (entity != null) {
                entries.add(entity.toEntry());
                em.detach(entity); // read-only here: nothing for the flush at commit to check
            }
        }
        return entries;
    }
}
