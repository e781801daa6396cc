package fr.gouv.travail.efp.habilitation;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * "Personnes habilitées pour mon entreprise": one page of the habilitations of an application
 * for a company, searchable by name or email and filterable by role, with the counts per role
 * of the seed's table. The rows are read along one index in the list's order, searched and
 * filtered on their listing keys (ListingKeys), and Keycloak's user rows are read for the page
 * only: a page costs the same few queries, and no sort, whatever the company's size.
 */
public final class HabilitatedUsers {

    /**
     * One page, with the counts or without them (then null, left out of the JSON): {@code total}
     * matches the search and the role filter, {@code habilitated} is every row of the pair.
     */
    public record Page(
            String application,
            String applicationName,
            String siret,
            String companyName,
            long total,
            Map<String, Long> countsByRole,
            Long accessManagers,
            Long thirdParties,
            Long habilitated,
            int first,
            int max,
            List<Row> items,
            List<String> roles,
            Map<String, EfpApplication.RoleLabel> roleLabels) {}

    /** A habilitated person; email and names are null if the account is gone. */
    public record Row(
            String id,
            String userId,
            String email,
            String firstName,
            String lastName,
            List<String> roles,
            boolean accessManager,
            String kind,
            String expiresAt) {}

    private HabilitatedUsers() {}

    /**
     * {@code withCounts} false leaves out the counts per role, access managers, third parties and
     * people (they do not change from one page or search to the next: the screen asks for them on
     * its first load and after a change).
     */
    public static Page page(
            KeycloakSession session,
            RealmModel realm,
            EfpApplication application,
            Company company,
            String search,
            String role,
            int first,
            int max,
            boolean withCounts) {
        EntityManager em = Jpa.em(session);
        boolean searching = search != null && !search.isBlank();
        Optional<String> namePattern = searching ? ListingKeys.namePattern(search) : Optional.empty();
        boolean filtering = role != null && !role.isBlank();
        // Along IDX_EFP_HABILITATION_LIST: the company's rows in the list's order (the equal
        // leading columns are named in the order by so that every database walks the index
        // instead of sorting), filtered on the row itself; Keycloak's user rows are read for the
        // page only.
        String where =
                " from HabilitationEntity h where h.realmId = :realm and h.clientId = :client and h.organizationId = :org"
                        + (namePattern.isPresent() ? " and h.nameKey like :name" : "")
                        + (filtering ? " and h.roleKey like :role escape '\\'" : "");
        TypedQuery<Object[]> rows = em.createQuery(
                "select h.id, h.userId, h.accessManager, h.kind, h.expiresAt, h.roleKey, h.nameKey" + where
                        + " order by h.realmId, h.clientId, h.organizationId, h.nameKey, h.id",
                Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(h)" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("realm", realm.getId())
                    .setParameter("client", application.id())
                    .setParameter("org", company.id());
            namePattern.ifPresent(pattern -> query.setParameter("name", pattern));
            if (filtering) query.setParameter("role", ListingKeys.rolePattern(role.strip()));
        }
        // A search left empty once folded (punctuation only) matches nobody; so does a role with a
        // bar, which no grantable role has (ListingKeys).
        boolean nobody = (searching && namePattern.isEmpty()) || (filtering && role.indexOf('|') >= 0);
        List<Object[]> found = nobody
                ? List.of()
                : rows.setFirstResult(first).setMaxResults(max).getResultList();
        Map<String, Object[]> users = new HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] user : em.createQuery(
                            "select u.id, u.email, u.firstName, u.lastName from UserEntity u where u.id in :ids",
                            Object[].class)
                    .setParameter(
                            "ids", found.stream().map(row -> (String) row[1]).toList())
                    .getResultList()) {
                users.put((String) user[0], user);
            }
        }
        // The rows shown mend their name key if it lags behind their holder's names (a grant that
        // raced a rename on another node): HolderNames keeps it in step otherwise.
        Map<String, String> stale = new HashMap<>();
        for (Object[] row : found) {
            Object[] user = users.get((String) row[1]);
            if (user != null) {
                String key = ListingKeys.nameKey((String) user[3], (String) user[2], (String) user[1]);
                if (!key.equals(row[6])) stale.put((String) row[0], key);
            }
        }
        if (!stale.isEmpty()) HolderNames.mend(em, stale);
        List<Row> items = new ArrayList<>();
        for (Object[] row : found) {
            Object[] user = users.getOrDefault((String) row[1], new Object[4]);
            items.add(new Row(
                    (String) row[0],
                    (String) row[1],
                    (String) user[1],
                    (String) user[2],
                    (String) user[3],
                    ListingKeys.roles((String) row[5]),
                    (Boolean) row[2],
                    (String) row[3],
                    row[4] == null ? null : Instant.ofEpochMilli((Long) row[4]).toString()));
        }
        if (!withCounts) {
            return new Page(
                    application.clientId(),
                    application.displayName(),
                    company.alias(),
                    company.name(),
                    nobody ? 0L : count.getSingleResult(),
                    null,
                    null,
                    null,
                    null,
                    first,
                    max,
                    items,
                    application.grantableRoles(),
                    application.roleLabels());
        }
        // One pass over the pair's rows, along the index: the roles are read from ROLE_KEY.
        List<String> grantable = application.grantableRoles();
        StringBuilder select = new StringBuilder(
                "select count(h), sum(case when h.accessManager = true then 1 else 0 end), sum(case when h.kind = 'third-party' then 1 else 0 end)");
        for (int index = 0; index < grantable.size(); index++) {
            select.append(", sum(case when h.roleKey like :role")
                    .append(index)
                    .append(" escape '\\' then 1 else 0 end)");
        }
        TypedQuery<Object[]> counts = em.createQuery(
                        select
                                + " from HabilitationEntity h where h.realmId = :realm and h.clientId = :client and h.organizationId = :org",
                        Object[].class)
                .setParameter("realm", realm.getId())
                .setParameter("client", application.id())
                .setParameter("org", company.id());
        for (int index = 0; index < grantable.size(); index++) {
            counts.setParameter("role" + index, ListingKeys.rolePattern(grantable.get(index)));
        }
        Object[] flags = counts.getSingleResult();
        Map<String, Long> perRole = new TreeMap<>();
        for (int index = 0; index < grantable.size(); index++) {
            perRole.put(grantable.get(index), number(flags[3 + index]));
        }
        long habilitated = number(flags[0]);
        long total = nobody ? 0L : namePattern.isEmpty() && !filtering ? habilitated : count.getSingleResult();
        return new Page(
                application.clientId(),
                application.displayName(),
                company.alias(),
                company.name(),
                total,
                perRole,
                number(flags[1]),
                number(flags[2]),
                habilitated,
                first,
                max,
                items,
                grantable,
                application.roleLabels());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
