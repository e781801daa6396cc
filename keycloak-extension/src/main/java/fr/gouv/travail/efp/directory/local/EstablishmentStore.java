package fr.gouv.travail.efp.directory.local;

import fr.gouv.travail.efp.directory.EstablishmentRow;
import fr.gouv.travail.efp.directory.Names;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the local directory: an establishment row and the words of its name, in the caller's
 * transaction (Keycloak's), so a batch is stored whole or not at all.
 */
public final class EstablishmentStore {

    /** What a batch changed. */
    public record Outcome(int created, int updated, int unchanged) {}

    /** Bound of an {@code in (...)} list: Oracle refuses more than 1000 elements. */
    static final int IN_LIST = 1000;

    private final EntityManager em;

    public EstablishmentStore(EntityManager em) {
        this.em = em;
    }

    /** Creates or replaces each row's establishment. Rows are already checked ({@link EstablishmentRow#parseBatch}). */
    public Outcome upsert(List<EstablishmentRow> rows) {
        Map<String, EstablishmentEntity> existing = new HashMap<>();
        for (int from = 0; from < rows.size(); from += IN_LIST) {
            List<String> sirets = rows.subList(from, Math.min(rows.size(), from + IN_LIST)).stream()
                    .map(EstablishmentRow::siret)
                    .toList();
            em.createQuery("select e from EstablishmentEntity e where e.siret in :sirets", EstablishmentEntity.class)
                    .setParameter("sirets", sirets)
                    .getResultStream()
                    .forEach(e -> existing.put(e.getSiret(), e));
        }
        long now = System.currentTimeMillis();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (EstablishmentRow row : rows) {
            EstablishmentEntity entity = existing.get(row.siret());
            if (entity == null) {
                entity = new EstablishmentEntity();
                entity.setSiret(row.siret());
                copy(row, entity, now);
                em.persist(entity);
                writeWords(row);
                created++;
            } else if (same(row, entity)) {
                unchanged++;
            } else {
                String keyBefore = NameKey.of(entity.getName(), entity.getTradeName());
                if (!keyBefore.equals(NameKey.of(row.name(), row.tradeName())) || entity.isActive() != row.active()) {
                    // Every entry carries the name key and the state: all of them are rewritten.
                    // By primary key, word by word: an index on SIRET alone would cost as much as
                    // the word index itself for a change that only renames a company.
                    for (String word : Names.indexWords(entity.getName(), entity.getTradeName())) {
                        em.createQuery("delete from DirectoryWordEntity w where w.word = :word and w.siret = :siret")
                                .setParameter("word", word)
                                .setParameter("siret", row.siret())
                                .executeUpdate();
                    }
                    writeWords(row);
                }
                copy(row, entity, now);
                updated++;
            }
        }
        // Now rather than at commit: a write error belongs to this batch's answer.
        em.flush();
        return new Outcome(created, updated, unchanged);
    }

    private void writeWords(EstablishmentRow row) {
        String key = NameKey.of(row.name(), row.tradeName());
        for (String word : Names.indexWords(row.name(), row.tradeName())) {
            em.persist(new DirectoryWordEntity(word, row.siret(), key, row.active()));
        }
    }

    /**
     * Recounts the establishments of every word ({@link DirectoryTermEntity}), for the query
     * planner of {@link LocalDirectory}. One aggregate over the word index, in index order.
     *
     * @return how many distinct words the directory holds
     */
    public int refreshStatistics() {
        em.createQuery("delete from DirectoryTermEntity").executeUpdate();
        return em.createQuery(
                        "insert into DirectoryTermEntity (word, establishments) select w.word, count(w) from DirectoryWordEntity w group by w.word")
                .executeUpdate();
    }

    private static void copy(EstablishmentRow row, EstablishmentEntity entity, long now) {
        entity.setSiren(row.siren());
        entity.setName(row.name());
        entity.setTradeName(row.tradeName());
        entity.setAddress(row.address());
        entity.setPostalCode(row.postalCode());
        entity.setCity(row.city());
        entity.setActive(row.active());
        entity.setUpdatedAt(now);
    }

    private static boolean same(EstablishmentRow row, EstablishmentEntity entity) {
        return Objects.equals(row.name(), entity.getName())
                && Objects.equals(row.tradeName(), entity.getTradeName())
                && Objects.equals(row.address(), entity.getAddress())
                && Objects.equals(row.postalCode(), entity.getPostalCode())
                && Objects.equals(row.city(), entity.getCity())
                && row.active() == entity.isActive();
    }
}
