package fr.gouv.travail.efp.habilitation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
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
import org.hibernate.query.QueryFlushMode;
import org.jboss.logging.Logger;
import org.keycloak.models.jpa.entities.UserEntity;

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
        EventListenerGroup<PostUpdateEventListener> group = emf.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class).getEventListenerGroup(EventType.POST_UPDATE);
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
        event.getSession().createNativeMutationQuery("update {h-schema}EFP_HABILITATION set NAME_KEY = :key where USER_ID = :user")
                .setQueryFlushMode(QueryFlushMode.NO_FLUSH)
                .setParameter("key", ListingKeys.nameKey(user.getLastName(), user.getFirstName(), user.getEmail()))
                .setParameter("user", user.getId())
                .executeUpdate();
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

    /** Fills the keys of rows that have none (written before the columns existed). */
    public static int backfill(EntityManager em) {
        int filled = 0;
        while (true) {
            List<Object[]> rows = em.createQuery("select h.id, u.lastName, u.firstName, u.email from HabilitationEntity h, UserEntity u"
                    + " where u.id = h.userId and (h.nameKey is null or h.roleKey is null)", Object[].class).setMaxResults(BATCH).getResultList();
            if (rows.isEmpty()) {
                return filled;
            }
            Map<String, Set<String>> rolesOf = new HashMap<>();
            for (Object[] role : em.createQuery("select h.id, r from HabilitationEntity h join h.roles r where h.id in :ids", Object[].class)
                    .setParameter("ids", rows.stream().map(row -> row[0]).toList()).getResultList()) {
                rolesOf.computeIfAbsent((String) role[0], id -> new TreeSet<>()).add((String) role[1]);
            }
            for (Object[] row : rows) {
                em.createQuery("update HabilitationEntity h set h.nameKey = :name, h.roleKey = :roles where h.id = :id")
                        .setParameter("name", ListingKeys.nameKey((String) row[1], (String) row[2], (String) row[3]))
                        .setParameter("roles", ListingKeys.roleKey(rolesOf.getOrDefault((String) row[0], Set.of())))
                        .setParameter("id", row[0]).executeUpdate();
            }
            filled += rows.size();
        }
    }
}
