package fr.gouv.travail.efp.habilitation;

import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.query.NativeQuery;
import org.hibernate.query.QueryFlushMode;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.jpa.entities.UserEntity;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Keeps the listing keys of habilitations (ListingKeys) in step with their holders. NAME_KEY
 * copies Keycloak's user row, which changes outside our code (account page, admin console,
 * identity provider sync, user federation): a Hibernate listener on Keycloak's persistence unit
 * rewrites the holder's keys whenever their user row is written with another last name, first
 * name or email, in the same flush and the same transaction. Rows written before these columns
 * existed get their keys at startup ({@link #backfill}).
 */
public final class HolderNames implements PostUpdateEventListener {

    private static final Logger LOG = Logger.getLogger(HolderNames.class);
    private static final Set<String> NAME_FIELDS = Set.of("firstName", "lastName", "email");
    private static final int BATCH = 500;

    /** Adds the listener to the persistence unit's, once. */
    public static void register(EntityManagerFactory emf) {
        EventListenerGroup<PostUpdateEventListener> group = emf.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class)
                .getEventListenerGroup(EventType.POST_UPDATE);
        for (PostUpdateEventListener listener : group.listeners()) {
            if (listener instanceof HolderNames) {
                return;
            }
        }
        group.appendListener(new HolderNames());
        LOG.debug("listing keys follow Keycloak's user rows");
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!(event.getEntity() instanceof UserEntity user) || !namesChanged(event)) {
            return;
        }
        // A statement of its own in the flush under way: no flush of its own (NO_FLUSH), and only
        // our table is touched (the Keycloak entities being flushed are left alone).
        NativeQuery<?> update = event.getSession()
                .createNativeQuery("update {h-schema}EFP_HABILITATION set NAME_KEY = :key where USER_ID = :user");
        update.addSynchronizedEntityClass(HabilitationEntity.class);
        update.setQueryFlushMode(QueryFlushMode.NO_FLUSH);
        update.setParameter("key", ListingKeys.nameKey(user.getLastName(), user.getFirstName(), user.getEmail()));
        update.setParameter("user", user.getId());
        update.executeUpdate();
    }

    private static boolean namesChanged(PostUpdateEvent event) {
        int[] dirty = event.getDirtyProperties();
        if (dirty == null) {
            return true; // written without dirty checking: assume the names may have changed
        }
        String[] names = event.getPersister().getPropertyNames();
        for (int index : dirty) {
            if (NAME_FIELDS.contains(names[index])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fills the keys of rows that have none (written before the columns existed), a batch per
     * transaction, in id order: nodes starting together do not hold one long transaction or
     * meet in opposite orders. A row whose user row is gone gets an empty name key; one whose
     * roles cannot be written between bars (a hand-made role with a bar) gets no role and is
     * logged. Returns how many rows were written.
     */
    public static int backfill(KeycloakSessionFactory factory) {
        int filled = 0;
        String after = "";
        while (true) {
            String from = after;
            List<Object[]> rows = new ArrayList<>();
            KeycloakModelUtils.runJobInTransaction(
                    factory, session -> rows.addAll(backfillBatch(Jpa.em(session), from)));
            if (rows.isEmpty()) {
                return filled;
            }
            filled += rows.size();
            after = (String) rows.get(rows.size() - 1)[0];
        }
    }

    /** One batch of rows without keys, after the id {@code after}; returns the rows written. */
    static List<Object[]> backfillBatch(EntityManager em, String after) {
        List<Object[]> rows = em.createQuery(
                        "select h.id, u.lastName, u.firstName, u.email from HabilitationEntity h left join UserEntity u on u.id = h.userId"
                                + " where (h.nameKey is null or h.roleKey is null) and h.id > :after order by h.id",
                        Object[].class)
                .setParameter("after", after)
                .setMaxResults(BATCH)
                .getResultList();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, Set<String>> rolesOf = new HashMap<>();
        for (Object[] role : em.createQuery(
                        "select h.id, r from HabilitationEntity h join h.roles r where h.id in :ids", Object[].class)
                .setParameter("ids", rows.stream().map(row -> row[0]).toList())
                .getResultList()) {
            rolesOf.computeIfAbsent((String) role[0], id -> new TreeSet<>()).add((String) role[1]);
        }
        for (Object[] row : rows) {
            String roleKey;
            try {
                roleKey = ListingKeys.roleKey(rolesOf.getOrDefault((String) row[0], Set.of()));
            } catch (IllegalArgumentException e) {
                LOG.warnf(
                        "habilitation %s: its roles %s cannot be listed (%s); the role filter will not find it",
                        row[0], rolesOf.get((String) row[0]), e.getMessage());
                roleKey = ListingKeys.roleKey(Set.of());
            }
            em.createQuery("update HabilitationEntity h set h.nameKey = :name, h.roleKey = :roles where h.id = :id")
                    .setParameter("name", ListingKeys.nameKey((String) row[1], (String) row[2], (String) row[3]))
                    .setParameter("roles", roleKey)
                    .setParameter("id", row[0])
                    .executeUpdate();
        }
        return rows;
    }

    /**
     * Rewrites the name key of the given rows where it no longer matches their holder's names
     * (a grant that raced a rename on another node): the list mends what it shows.
     */
    public static void mend(EntityManager em, Map<String, String> wantedKeyById) {
        wantedKeyById.forEach(
                (id, key) -> em.createQuery("update HabilitationEntity h set h.nameKey = :key where h.id = :id")
                        .setParameter("key", key)
                        .setParameter("id", id)
                        .executeUpdate());
    }
}
