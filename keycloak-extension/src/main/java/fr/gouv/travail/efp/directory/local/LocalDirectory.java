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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The local directory: our two tables, searched through the word index.
 *
 * <p>A name query is answered from one word's index range (the "driver") whose establishments
 * are then checked for the other words on their folded name. The work is bounded: counting
 * stops at {@link #COUNT_CAP} matches, and the driver is the rarest word found by reading at
 * most {@link #PROBE} index entries per word, so a common word ("france", "sarl") never makes
 * the query read its whole range when a rarer word ("bosch") is also typed.
 */
public class LocalDirectory implements CompanyDirectory {

    public static final String ID = "local";

    /** Beyond this many matches the count says "more than": nobody reads that far, they refine. */
    public static final int COUNT_CAP = 1000;
    /** Index entries read per word to learn whether it is rare enough to drive the query. */
    static final int PROBE = 1000;
    /** A driver this small is not worth probing the other words to find a smaller one. */
    private static final int SMALL_ENOUGH = 100;

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

    /** Matching SIRETs in display order, at most {@link #COUNT_CAP} + 1; truncated when the scan stopped early. */
    private record Matches(List<String> sirets, boolean truncated) {
    }

    /** A word of the query: whole (equality) or being typed (range). */
    private record Term(String word, boolean prefix) {

        String indexWord() {
            return Names.indexForm(word);
        }

        /** The filter on the folded name: a whole word, or the start of a word. */
        String nameKeyPattern() {
            return prefix ? "% " + word + "%" : "% " + word + " %";
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
        query.words().forEach(word -> terms.add(new Term(word, false)));
        if (query.prefix() != null) terms.add(new Term(query.prefix(), true));
        // Likely rarest first: whole words before the one being typed, long words before short.
        terms.sort(Comparator.comparing(Term::prefix).thenComparing(term -> -term.word().length()));

        if (terms.size() == 1 && !query.activeOnly()) {
            List<String> rows = indexRange(terms.get(0), COUNT_CAP + 1);
            return new Matches(distinct(rows), rows.size() > COUNT_CAP);
        }
        List<String> best = null;
        Term driver = null;
        for (Term term : terms) {
            List<String> probe = indexRange(term, PROBE + 1);
            if (probe.size() <= PROBE && (best == null || probe.size() < best.size())) {
                best = distinct(probe);
                driver = term;
                if (best.size() <= SMALL_ENOUGH) break;
            }
        }
        if (best != null) {
            // The driver's whole range is in hand: check its establishments for the other words.
            Term chosen = driver;
            Set<String> kept = matching(best, terms.stream().filter(term -> term != chosen).toList(), query.activeOnly());
            return new Matches(best.stream().filter(kept::contains).toList(), false);
        }
        // Every word is common: walk the first one's range, in index order, until enough match.
        Term first = terms.get(0);
        List<String> rows = scan(first, terms.subList(1, terms.size()), query.activeOnly(), COUNT_CAP + 1);
        return new Matches(distinct(rows), rows.size() > COUNT_CAP);
    }

    /** SIRETs of a word's index range, in index order (a word being typed may list one SIRET twice). */
    private List<String> indexRange(Term term, int limit) {
        TypedQuery<String> q;
        if (!term.prefix()) {
            q = em.createQuery("select w.siret from DirectoryWordEntity w where w.word = :word order by w.siret", String.class)
                    .setParameter("word", term.indexWord());
        } else {
            WordRange range = WordRange.startingWith(term.indexWord());
            q = em.createQuery("select w.siret from DirectoryWordEntity w where w.word >= :from"
                    + (range.to() == null ? "" : " and w.word < :to") + " order by w.word, w.siret", String.class)
                    .setParameter("from", range.from());
            if (range.to() != null) q.setParameter("to", range.to());
        }
        return q.setMaxResults(limit).getResultList();
    }

    /** Which of these SIRETs also hold the other words (and are open, when asked). */
    private Set<String> matching(List<String> sirets, List<Term> others, boolean activeOnly) {
        if (others.isEmpty() && !activeOnly) {
            return new HashSet<>(sirets);
        }
        StringBuilder jpql = new StringBuilder("select e.siret from EstablishmentEntity e where e.siret in :sirets");
        for (int i = 0; i < others.size(); i++) jpql.append(" and e.nameKey like :w").append(i);
        if (activeOnly) jpql.append(" and e.active = true");
        Set<String> kept = new HashSet<>();
        for (int from = 0; from < sirets.size(); from += EstablishmentStore.IN_LIST) {
            TypedQuery<String> q = em.createQuery(jpql.toString(), String.class)
                    .setParameter("sirets", sirets.subList(from, Math.min(sirets.size(), from + EstablishmentStore.IN_LIST)));
            for (int i = 0; i < others.size(); i++) q.setParameter("w" + i, others.get(i).nameKeyPattern());
            kept.addAll(q.getResultList());
        }
        return kept;
    }

    /** The driver's range joined to the establishments, filtered by the other words, in index order. */
    private List<String> scan(Term driver, List<Term> others, boolean activeOnly, int limit) {
        StringBuilder jpql = new StringBuilder("select w.siret from DirectoryWordEntity w join EstablishmentEntity e on e.siret = w.siret where ");
        WordRange range = driver.prefix() ? WordRange.startingWith(driver.indexWord()) : null;
        if (range == null) {
            jpql.append("w.word = :word");
        } else {
            jpql.append("w.word >= :from").append(range.to() == null ? "" : " and w.word < :to");
        }
        for (int i = 0; i < others.size(); i++) jpql.append(" and e.nameKey like :w").append(i);
        if (activeOnly) jpql.append(" and e.active = true");
        jpql.append(" order by w.word, w.siret");
        TypedQuery<String> q = em.createQuery(jpql.toString(), String.class);
        if (range == null) {
            q.setParameter("word", driver.indexWord());
        } else {
            q.setParameter("from", range.from());
            if (range.to() != null) q.setParameter("to", range.to());
        }
        for (int i = 0; i < others.size(); i++) q.setParameter("w" + i, others.get(i).nameKeyPattern());
        return q.setMaxResults(limit).getResultList();
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
