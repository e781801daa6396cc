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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The local directory: our two tables, searched through the word index.
 *
 * <p>A name query walks one word's index range (the "driver") in index order and keeps the
 * establishments that also hold the other words, each checked by a lookup in the word index
 * (a whole word by the primary key (WORD, SIRET), the word being typed by a short range of the
 * (SIRET, WORD) index): the establishments table is read only to load the page, and to check
 * the open/closed state when only open ones are asked.
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
        Matches matches = query.isNumber() ? bySiret(query) : byName(query);
        List<String> page = matches.sirets.stream().limit(query.max()).toList();
        return new DirectoryResult(load(page), Math.min(matches.sirets.size(), COUNT_CAP),
                matches.sirets.size() > COUNT_CAP || matches.truncated, ID);
    }

    /** Matching SIRETs in display order, at most {@link #COUNT_CAP} + 1; truncated when the walk stopped early. */
    private record Matches(List<String> sirets, boolean truncated) {
    }

    /** A word of the query: whole (equality) or being typed (range). */
    private record Term(String word, boolean prefix) {

        String indexWord() {
            return Names.indexForm(word);
        }
    }

    private Matches bySiret(DirectoryQuery query) {
        WordRange range = WordRange.digitsStartingWith(query.digits());
        StringBuilder jpql = new StringBuilder("select e.siret from EstablishmentEntity e where e.siret >= :from");
        if (range.to() != null) jpql.append(" and e.siret < :to");
        if (query.activeOnly()) jpql.append(" and e.active = true");
        TypedQuery<String> q = em.createQuery(jpql.append(" order by e.siret").toString(), String.class).setParameter("from", range.from());
        if (range.to() != null) q.setParameter("to", range.to());
        return new Matches(q.setMaxResults(COUNT_CAP + 1).getResultList(), false);
    }

    private Matches byName(DirectoryQuery query) {
        List<Term> terms = new ArrayList<>();
        query.words().stream().sorted(Comparator.comparing(word -> -word.length())).forEach(word -> terms.add(new Term(word, false)));
        Term prefix = query.prefix() == null ? null : new Term(query.prefix(), true);
        if (prefix != null) terms.add(prefix);

        Term driver = terms.size() == 1 ? terms.get(0) : rarest(terms);
        List<Term> others = terms.stream().filter(term -> term != driver).toList();
        List<String> rows = walk(driver, others, query.activeOnly(), COUNT_CAP + 1);
        return new Matches(distinct(rows), rows.size() > COUNT_CAP);
    }

    /**
     * The driver's index range in index order, keeping the establishments that hold every other
     * whole word (index lookups), start a word with the typed prefix when it does not drive, and
     * are open when asked. Correlated {@code exists} rather than joins: the walk stays on the
     * driver's range whatever the planner thinks of the tables' sizes.
     */
    private List<String> walk(Term driver, List<Term> others, boolean activeOnly, int limit) {
        StringBuilder jpql = new StringBuilder("select w.siret from DirectoryWordEntity w where ");
        WordRange range = driver.prefix() ? WordRange.startingWith(driver.indexWord()) : null;
        if (range == null) {
            jpql.append("w.word = :word");
        } else {
            jpql.append("w.word >= :from").append(range.to() == null ? "" : " and w.word < :to");
        }
        for (int i = 0; i < others.size(); i++) {
            if (others.get(i).prefix()) {
                WordRange typed = WordRange.startingWith(others.get(i).indexWord());
                jpql.append(" and exists (select 1 from DirectoryWordEntity y where y.siret = w.siret and y.word >= :w").append(i)
                        .append(typed.to() == null ? "" : " and y.word < :t" + i).append(")");
            } else {
                jpql.append(" and exists (select 1 from DirectoryWordEntity x").append(i).append(" where x").append(i)
                        .append(".word = :w").append(i).append(" and x").append(i).append(".siret = w.siret)");
            }
        }
        if (activeOnly) {
            jpql.append(" and exists (select 1 from EstablishmentEntity a where a.siret = w.siret and a.active = true)");
        }
        // By both key columns even when the word is fixed: H2 only streams a range in index order
        // when the order by is a prefix of the index, else it reads the whole range to sort it.
        jpql.append(" order by w.word, w.siret");
        TypedQuery<String> q = em.createQuery(jpql.toString(), String.class);
        if (range == null) {
            q.setParameter("word", driver.indexWord());
        } else {
            q.setParameter("from", range.from());
            if (range.to() != null) q.setParameter("to", range.to());
        }
        for (int i = 0; i < others.size(); i++) {
            Term other = others.get(i);
            q.setParameter("w" + i, other.indexWord());
            if (other.prefix()) {
                WordRange typed = WordRange.startingWith(other.indexWord());
                if (typed.to() != null) q.setParameter("t" + i, typed.to());
            }
        }
        return q.setMaxResults(limit).getResultList();
    }

    /** The term with the fewest establishments; on a tie the first (whole words, longest first, come before the word being typed). */
    private Term rarest(List<Term> terms) {
        List<String> whole = terms.stream().filter(term -> !term.prefix()).map(Term::indexWord).toList();
        Map<String, Long> counted = whole.isEmpty() ? Map.of()
                : em.createQuery("select t.word, t.establishments from DirectoryTermEntity t where t.word in :words", Object[].class)
                        .setParameter("words", whole).getResultStream()
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
        TypedQuery<Long> q = em.createQuery("select sum(t.establishments) from DirectoryTermEntity t where t.word >= :from"
                + (range.to() == null ? "" : " and t.word < :to"), Long.class).setParameter("from", range.from());
        if (range.to() != null) q.setParameter("to", range.to());
        Long sum = q.getSingleResult();
        return sum == null ? -1 : sum;
    }

    /** Whether a word has at most {@code limit} establishments: skips that many index entries, reads none. */
    private boolean atMost(Term term, int limit) {
        TypedQuery<String> q;
        if (!term.prefix()) {
            q = em.createQuery("select w.siret from DirectoryWordEntity w where w.word = :word order by w.word, w.siret", String.class)
                    .setParameter("word", term.indexWord());
        } else {
            WordRange range = WordRange.startingWith(term.indexWord());
            q = em.createQuery("select w.siret from DirectoryWordEntity w where w.word >= :from"
                    + (range.to() == null ? "" : " and w.word < :to") + " order by w.word, w.siret", String.class)
                    .setParameter("from", range.from());
            if (range.to() != null) q.setParameter("to", range.to());
        }
        return q.setFirstResult(limit).setMaxResults(1).getResultList().isEmpty();
    }

    private List<DirectoryEntry> load(List<String> sirets) {
        if (sirets.isEmpty()) {
            return List.of();
        }
        Map<String, EstablishmentEntity> byId = em.createQuery("select e from EstablishmentEntity e where e.siret in :sirets", EstablishmentEntity.class)
                .setParameter("sirets", sirets).getResultStream().collect(Collectors.toMap(EstablishmentEntity::getSiret, Function.identity()));
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

    private static List<String> distinct(List<String> sirets) {
        return new ArrayList<>(new LinkedHashSet<>(sirets));
    }
}
