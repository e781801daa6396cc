package fr.gouv.travail.efp.users;

import fr.gouv.travail.efp.agent.AgentAccounts;
import fr.gouv.travail.efp.habilitation.ListingKeys;
import fr.gouv.travail.efp.jpa.Jpa;
import fr.gouv.travail.efp.validation.MigratedPasswordReset;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Every account a {@link UserQuery} finds, in its order, with its habilitations, read for an
 * export of any size in constant memory: the ids come from one database cursor (fetched a page at
 * a time), and for each page of ids the accounts, their attributes and their habilitations are
 * read as plain values by three grouped queries, never as entities, so that neither Keycloak's
 * user cache nor the persistence context grows with the export.
 */
public final class UserExport {

    /** An account as the export writes it. */
    public record Account(
            String id,
            String username,
            String email,
            String firstName,
            String lastName,
            boolean agent,
            boolean test,
            boolean enabled,
            boolean migrated,
            Long createdAt,
            Long lastLoginAt) {}

    /** A habilitation of the account (internal ids of the application and the company). */
    public record Held(
            String clientId,
            String organizationId,
            List<String> roles,
            boolean accessManager,
            String kind,
            long grantedAt,
            Long expiresAt) {}

    /** One row of the export: an account and one of its habilitations, or none (held is null). */
    public record Line(Account account, Held held) {}

    /** What a page of lines is handed to (writing it to a stream may fail). */
    @FunctionalInterface
    public interface PageConsumer {
        void accept(List<Line> page) throws IOException;
    }

    private static final List<String> ATTRIBUTES = List.of(
            AgentAccounts.USER_KIND, UserQuery.TEST_ACCOUNT_ATTRIBUTE, MigratedPasswordReset.MIGRATED_ATTRIBUTE);

    private final KeycloakSession session;
    private final RealmModel realm;

    public UserExport(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /**
     * The accounts of {@code query}, {@code pageSize} at a time, each followed by its
     * habilitations within the query's perimeter, and on its application and company when the
     * query filters on them: one line per habilitation, one line without for an account that has
     * none there (it matched by a request, or an administrator lists everyone).
     */
    public void forEachPage(UserQuery query, int pageSize, PageConsumer consumer) throws IOException {
        EntityManager em = Jpa.em(session);
        UserQuery.Jpql jpql = query.jpql(realm.getId());
        TypedQuery<String> ids = em.createQuery(jpql.ids(), String.class)
                .setHint("org.hibernate.fetchSize", pageSize)
                .setHint("org.hibernate.readOnly", true);
        jpql.parameters().forEach(ids::setParameter);
        try (Stream<String> stream = ids.getResultStream()) {
            Iterator<String> each = stream.iterator();
            List<String> page = new ArrayList<>(pageSize);
            while (each.hasNext()) {
                page.add(each.next());
                if (page.size() == pageSize || !each.hasNext()) {
                    consumer.accept(lines(em, query, page));
                    page.clear();
                }
            }
        }
    }

    private List<Line> lines(EntityManager em, UserQuery query, List<String> ids) {
        Map<String, Object[]> users = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select u.id, u.username, u.email, u.firstName, u.lastName, u.enabled, u.createdTimestamp"
                                + " from UserEntity u where u.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            users.put((String) row[0], row);
        }
        Set<String> agents = new HashSet<>();
        Set<String> tests = new HashSet<>();
        Set<String> migrated = new HashSet<>();
        for (Object[] row : em.createQuery(
                        "select a.user.id, a.name, a.value from UserAttributeEntity a where a.user.id in :ids and a.name in :names",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("names", ATTRIBUTES)
                .getResultList()) {
            String name = (String) row[1];
            String value = (String) row[2];
            if (AgentAccounts.USER_KIND.equals(name) && AgentAccounts.AGENT.equals(value)) {
                agents.add((String) row[0]);
            } else if (UserQuery.TEST_ACCOUNT_ATTRIBUTE.equals(name) && "true".equals(value)) {
                tests.add((String) row[0]);
            } else if (MigratedPasswordReset.MIGRATED_ATTRIBUTE.equals(name) && "true".equals(value)) {
                migrated.add((String) row[0]);
            }
        }
        Map<String, Long> lastLogins = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select l.userId, l.time from LastLoginEntity l where l.userId in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            lastLogins.put((String) row[0], (Long) row[1]);
        }
        Map<String, List<Held>> held = held(em, query, ids);
        List<Line> lines = new ArrayList<>();
        for (String id : ids) {
            Object[] row = users.get(id);
            if (row == null) {
                continue; // removed since the cursor read its id
            }
            Account account = new Account(
                    id,
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    agents.contains(id),
                    tests.contains(id),
                    Boolean.TRUE.equals(row[5]),
                    migrated.contains(id),
                    (Long) row[6],
                    lastLogins.get(id));
            List<Held> habilitations = held.getOrDefault(id, List.of());
            if (habilitations.isEmpty()) {
                lines.add(new Line(account, null));
            }
            habilitations.forEach(h -> lines.add(new Line(account, h)));
        }
        return lines;
    }

    private Map<String, List<Held>> held(EntityManager em, UserQuery query, List<String> ids) {
        StringBuilder jpql = new StringBuilder(
                "select h.userId, h.clientId, h.organizationId, h.roleKey, h.accessManager, h.kind, h.grantedAt, h.expiresAt"
                        + " from HabilitationEntity h where h.realmId = :realm and h.userId in :ids");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("realm", realm.getId());
        parameters.put("ids", ids);
        if (!query.perimeter().everything()) {
            jpql.append(" and h.clientId in :perimeter");
            parameters.put("perimeter", query.perimeter().applicationIds());
        }
        if (query.applicationId() != null) {
            jpql.append(" and h.clientId = :application");
            parameters.put("application", query.applicationId());
        }
        if (query.companyId() != null) {
            jpql.append(" and h.organizationId = :company");
            parameters.put("company", query.companyId());
        }
        jpql.append(" order by h.userId, h.clientId, h.organizationId");
        TypedQuery<Object[]> habilitations = em.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(habilitations::setParameter);
        Map<String, List<Held>> held = new HashMap<>();
        for (Object[] row : habilitations.getResultList()) {
            held.computeIfAbsent((String) row[0], id -> new ArrayList<>())
                    .add(new Held(
                            (String) row[1],
                            (String) row[2],
                            ListingKeys.roles((String) row[3]),
                            Boolean.TRUE.equals(row[4]),
                            (String) row[5],
                            (Long) row[6],
                            (Long) row[7]));
        }
        return held;
    }
}
