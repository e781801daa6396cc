package fr.gouv.travail.efp.users;

import fr.gouv.travail.efp.access.AccessRequestStatus;
import fr.gouv.travail.efp.agent.AgentAccounts;
import fr.gouv.travail.efp.history.LastLogins;
import fr.gouv.travail.efp.jpa.Jpa;
import fr.gouv.travail.efp.validation.MigratedPasswordReset;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Runs a {@link UserQuery} in the database, a page at a time: the ids and the count in JPQL over
 * Keycloak's user table, then the page's accounts and, per account, its habilitations and
 * pending requests within the searcher's perimeter (two grouped queries for the whole page).
 */
public final class UserSearch {

    /** One page of accounts, and how many match in all. */
    public record Page(long total, List<Row> items) {}

    /**
     * An account as the list shows it. {@code habilitations} and {@code pendingRequests} count
     * only those the searcher may see.
     */
    public record Row(
            String id,
            String username,
            String email,
            boolean emailVerified,
            String firstName,
            String lastName,
            String kind,
            boolean test,
            boolean enabled,
            boolean migrated,
            String createdAt,
            /* The last sign-in, or null if the account never signed in. */
            String lastLoginAt,
            long habilitations,
            long pendingRequests) {}

    private final KeycloakSession session;
    private final RealmModel realm;

    public UserSearch(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public Page search(UserQuery query, int first, int max) {
        EntityManager em = Jpa.em(session);
        UserQuery.Jpql jpql = query.jpql(realm.getId());
        TypedQuery<String> ids = em.createQuery(jpql.ids(), String.class);
        TypedQuery<Long> count = em.createQuery(jpql.count(), Long.class);
        jpql.parameters().forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<String> page = ids.setFirstResult(first).setMaxResults(max).getResultList();
        Map<String, Long> habilitations = counts(
                em,
                "select h.userId, count(h) from HabilitationEntity h where h.realmId = :realm and h.userId in :ids",
                "h",
                page,
                query.perimeter(),
                null);
        Map<String, Long> pending = counts(
                em,
                "select r.userId, count(r) from AccessRequestEntity r where r.realmId = :realm and r.userId in :ids and r.status = :pending",
                "r",
                page,
                query.perimeter(),
                AccessRequestStatus.PENDING);
        Map<String, Long> lastLogins = new LastLogins(session).of(page);
        List<Row> items = new ArrayList<>();
        for (String id : page) {
            UserModel user = session.users().getUserById(realm, id);
            if (user != null) {
                items.add(row(
                        user, lastLogins.get(id), habilitations.getOrDefault(id, 0L), pending.getOrDefault(id, 0L)));
            }
        }
        return new Page(count.getSingleResult(), items);
    }

    /** An account as the list and the user page show it, with the counts the caller may see. */
    public static Row row(UserModel user, Long lastLogin, long habilitations, long pendingRequests) {
        Long created = user.getCreatedTimestamp();
        return new Row(
                user.getId(),
                user.getUsername(),
                user.getEmail(),
                user.isEmailVerified(),
                user.getFirstName(),
                user.getLastName(),
                AgentAccounts.isAgent(user) ? AgentAccounts.AGENT : "professional",
                "true".equals(user.getFirstAttribute(UserQuery.TEST_ACCOUNT_ATTRIBUTE)),
                user.isEnabled(),
                MigratedPasswordReset.isMigrated(user),
                created == null ? null : Instant.ofEpochMilli(created).toString(),
                lastLogin == null ? null : Instant.ofEpochMilli(lastLogin).toString(),
                habilitations,
                pendingRequests);
    }

    /** Per user id of the page, the rows of {@code jpql} within the perimeter. */
    private Map<String, Long> counts(
            EntityManager em,
            String jpql,
            String alias,
            List<String> ids,
            UserQuery.Perimeter perimeter,
            AccessRequestStatus pending) {
        Map<String, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        String scoped = jpql + (perimeter.everything() ? "" : " and " + alias + ".clientId in :perimeter")
                + " group by " + alias + ".userId";
        TypedQuery<Object[]> query = em.createQuery(scoped, Object[].class)
                .setParameter("realm", realm.getId())
                .setParameter("ids", ids);
        if (!perimeter.everything()) {
            query.setParameter("perimeter", perimeter.applicationIds());
        }
        if (pending != null) {
            query.setParameter("pending", pending);
        }
        for (Object[] row : query.getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }
}
