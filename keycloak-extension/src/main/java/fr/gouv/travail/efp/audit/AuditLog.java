package fr.gouv.travail.efp.audit;

import fr.gouv.travail.efp.jpa.EqualityFilter;
import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.util.JsonSerialization;

/**
 * Writes and reads audit entries, in the caller's transaction: a change and its audit entry are
 * committed together or not at all.
 */
public final class AuditLog {

    /** Who acts: a person or a service account, and the address the request came from. */
    public record Actor(String userId, String name, String ipAddress) {
        public static final Actor SYSTEM = new Actor(null, "system", null);

        /** {@code user}, acting through the current request (a service account's name says so). */
        public static Actor of(KeycloakSession session, UserModel user) {
            String name = user.getServiceAccountClientLink() != null
                    ? "service-account:" + user.getUsername()
                    : user.getUsername();
            var connection = session.getContext().getConnection();
            return new Actor(user.getId(), name, connection == null ? null : connection.getRemoteAddr());
        }
    }

    /**
     * Which entries to read; null fields do not filter.
     *
     * @param visibleClientIds the internal ids of the applications whose entries the reader may
     *     see, or null for every entry (an administrator); with them, the reader also sees the
     *     entries of their own actions ({@code readerId})
     * @param actor the id of the person who acted, or the name an entry records (a service
     *     account's, {@code system})
     * @param action an {@link AuditAction} name
     */
    public record Filter(
            String clientId,
            String organizationId,
            String subjectUserId,
            Set<String> visibleClientIds,
            String readerId,
            String actor,
            String action,
            AuditPeriod period) {

        public Filter(String clientId, String organizationId, String subjectUserId) {
            this(clientId, organizationId, subjectUserId, null, null, null, null, AuditPeriod.ALWAYS);
        }

        /** Only the entries of these applications (internal ids, never empty), and the reader's own actions. */
        public Filter visibleTo(Set<String> clientIds, String readerUserId) {
            return new Filter(
                    clientId,
                    organizationId,
                    subjectUserId,
                    Set.copyOf(clientIds),
                    readerUserId,
                    actor,
                    action,
                    period);
        }

        public Filter by(String actorIdOrName, String actionName) {
            return new Filter(
                    clientId,
                    organizationId,
                    subjectUserId,
                    visibleClientIds,
                    readerId,
                    actorIdOrName,
                    actionName,
                    period);
        }

        public Filter within(AuditPeriod within) {
            return new Filter(
                    clientId, organizationId, subjectUserId, visibleClientIds, readerId, actor, action, within);
        }
    }

    private final EntityManager em;
    private final RealmModel realm;

    public AuditLog(KeycloakSession session, RealmModel realm) {
        this.em = Jpa.em(session);
        this.realm = realm;
    }

    public void record(
            Actor actor,
            AuditAction action,
            String clientId,
            String organizationId,
            String subjectUserId,
            Map<String, ?> details) {
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.setId(UUID.randomUUID().toString());
        entry.setRealmId(realm.getId());
        entry.setTime(System.currentTimeMillis());
        entry.setActorId(actor.userId());
        entry.setActorName(truncate(actor.name(), 255));
        entry.setIpAddress(truncate(actor.ipAddress(), 64));
        entry.setAction(action.name());
        entry.setClientId(clientId);
        entry.setOrganizationId(organizationId);
        entry.setSubjectUserId(subjectUserId);
        entry.setDetails(truncate(json(details), 4000));
        em.persist(entry);
    }

    /** Newest first. */
    public List<AuditEntryEntity> list(Filter filter, int first, int max) {
        Where where = where(filter);
        TypedQuery<AuditEntryEntity> query = where.bind(em.createQuery(
                "select a from AuditEntryEntity a" + where.jpql() + " order by a.time desc, a.id",
                AuditEntryEntity.class));
        return new ArrayList<>(query.setFirstResult(first).setMaxResults(max).getResultList());
    }

    /** How many entries {@link #list} pages through. */
    public long count(Filter filter) {
        Where where = where(filter);
        return where.bind(em.createQuery("select count(a) from AuditEntryEntity a" + where.jpql(), Long.class))
                .getSingleResult();
    }

    /**
     * Every entry of {@code filter}, newest first, handed over {@code pageSize} at a time, read
     * page after page from where the last one stopped (time, then id): an export of the whole
     * journal holds one page in memory, whatever its length. Each page's entries are detached
     * once handed over, so that the session does not keep them.
     */
    public void forEachPage(Filter filter, int pageSize, PageConsumer consumer) throws IOException {
        Where where = where(filter);
        Long lastTime = null;
        String lastId = null;
        while (true) {
            String after = lastTime == null
                    ? ""
                    : (where.jpql().isEmpty() ? " where " : " and ")
                            + "(a.time < :lastTime or (a.time = :lastTime and a.id > :lastId))";
            TypedQuery<AuditEntryEntity> query = where.bind(em.createQuery(
                    "select a from AuditEntryEntity a" + where.jpql() + after + " order by a.time desc, a.id",
                    AuditEntryEntity.class));
            if (lastTime != null) {
                query.setParameter("lastTime", lastTime).setParameter("lastId", lastId);
            }
            List<AuditEntryEntity> page = query.setMaxResults(pageSize).getResultList();
            if (page.isEmpty()) {
                return;
            }
            consumer.accept(page);
            page.forEach(em::detach);
            AuditEntryEntity last = page.get(page.size() - 1);
            lastTime = last.getTime();
            lastId = last.getId();
            if (page.size() < pageSize) {
                return;
            }
        }
    }

    /** What {@link #forEachPage} hands a page to (writing it to a stream may fail). */
    @FunctionalInterface
    public interface PageConsumer {
        void accept(List<AuditEntryEntity> page) throws IOException;
    }

    /** The where clause of a filter and its parameters. */
    private record Where(String jpql, Map<String, Object> parameters) {
        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private Where where(Filter filter) {
        EqualityFilter equal = EqualityFilter.on("a")
                .equal("realmId", realm.getId())
                .equal("clientId", filter.clientId())
                .equal("organizationId", filter.organizationId())
                .equal("subjectUserId", filter.subjectUserId())
                .equal("action", filter.action());
        StringBuilder jpql = new StringBuilder(equal.where());
        Map<String, Object> parameters = new LinkedHashMap<>(equal.parameters());
        if (filter.visibleClientIds() != null) {
            jpql.append(" and (a.clientId in :visibleClientIds or a.actorId = :readerId)");
            parameters.put("visibleClientIds", filter.visibleClientIds());
            parameters.put("readerId", filter.readerId() == null ? "" : filter.readerId());
        }
        if (filter.actor() != null) {
            jpql.append(" and (a.actorId = :actor or a.actorName = :actor)");
            parameters.put("actor", filter.actor());
        }
        AuditPeriod period = filter.period() == null ? AuditPeriod.ALWAYS : filter.period();
        if (period.from() != null) {
            jpql.append(" and a.time >= :fromTime");
            parameters.put("fromTime", period.from());
        }
        if (period.to() != null) {
            jpql.append(" and a.time < :toTime");
            parameters.put("toTime", period.to());
        }
        return new Where(jpql.toString(), parameters);
    }

    private static String json(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        try {
            return JsonSerialization.writeValueAsString(details);
        } catch (IOException e) {
            throw new IllegalStateException("audit details must serialize", e);
        }
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
