package fr.gouv.travail.efp.audit;

import fr.gouv.travail.efp.jpa.EqualityFilter;
import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** Which entries to read; null fields do not filter. */
    public record Filter(String clientId, String organizationId, String subjectUserId) {}

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
        EqualityFilter where = EqualityFilter.on("a")
                .equal("realmId", realm.getId())
                .equal("clientId", filter.clientId())
                .equal("organizationId", filter.organizationId())
                .equal("subjectUserId", filter.subjectUserId());
        TypedQuery<AuditEntryEntity> query = where.bind(em.createQuery(
                "select a from AuditEntryEntity a" + where.where() + " order by a.time desc, a.id",
                AuditEntryEntity.class));
        return new ArrayList<>(query.setFirstResult(first).setMaxResults(max).getResultList());
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
