package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * "Personnes habilitées pour mon entreprise": one page of the habilitations of an application
 * for a company, searchable by name or email and filterable by role, with the counts per role
 * of the seed's table. Users are joined in the same query (Keycloak's own user table), so a
 * page costs a constant number of queries whatever the company's size.
 */
final class HabilitatedUsers {

    private HabilitatedUsers() {
    }

        /**
     * {@code withCounts} false leaves out the counts per role, access managers, third parties and
     * people (they do not change from one page or search to the next: the screen asks for them on
     * its first load and after a change).
     */
    static Map<String, Object> page(KeycloakSession session, RealmModel realm, EfpApplication application, Company company, String search, String role, int first, int max,
            boolean withCounts) {
        EntityManager em = Jpa.em(session);
        String where = " from HabilitationEntity h, UserEntity u where u.id = h.userId and h.realmId = :realm and h.clientId = :client and h.organizationId = :org"
                + (search == null || search.isBlank() ? "" : " and (lower(u.email) like :search escape '\\' or lower(u.firstName) like :search escape '\\' or lower(u.lastName) like :search escape '\\')")
                + (role == null || role.isBlank() ? "" : " and :role member of h.roles");
        // Columns only, never entities: no per-row loading of the roles (one query below for the page).
        TypedQuery<Object[]> rows = em.createQuery("select h.id, h.userId, u.email, u.firstName, u.lastName, h.accessManager, h.kind, h.expiresAt" + where
                + " order by lower(u.lastName), lower(u.firstName), u.email, h.id", Object[].class);
        boolean filtered = (search != null && !search.isBlank()) || (role != null && !role.isBlank());
        TypedQuery<Long> count = filtered ? em.createQuery("select count(h)" + where, Long.class) : null;
        for (TypedQuery<?> query : count == null ? List.<TypedQuery<?>>of(rows) : List.of(rows, count)) {
            query.setParameter("realm", realm.getId()).setParameter("client", application.id()).setParameter("org", company.id());
            if (search != null && !search.isBlank()) query.setParameter("search", "%" + escapeLike(search.strip().toLowerCase(Locale.ROOT)) + "%");
            if (role != null && !role.isBlank()) query.setParameter("role", role.strip());
        }
        List<Object[]> found = rows.setFirstResult(first).setMaxResults(max).getResultList();
        Map<String, TreeSet<String>> rolesOf = new HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] row : em.createQuery("select h.id, r from HabilitationEntity h join h.roles r where h.id in :ids", Object[].class)
                    .setParameter("ids", found.stream().map(row -> (String) row[0]).toList()).getResultList()) {
                rolesOf.computeIfAbsent((String) row[0], id -> new TreeSet<>()).add((String) row[1]);
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object[] row : found) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", row[0]);
            item.put("userId", row[1]);
            item.put("email", row[2]);
            item.put("firstName", row[3]);
            item.put("lastName", row[4]);
            item.put("roles", new ArrayList<>(rolesOf.getOrDefault((String) row[0], new TreeSet<>())));
            item.put("accessManager", row[5]);
            item.put("kind", row[6]);
            item.put("expiresAt", row[7] == null ? null : Instant.ofEpochMilli((Long) row[7]).toString());
            items.add(item);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("application", application.clientId());
        page.put("applicationName", application.displayName());
        page.put("siret", company.alias());
        page.put("companyName", company.name());
        if (withCounts) {
            Map<String, Long> perRole = new TreeMap<>();
            application.grantableRoles().forEach(name -> perRole.put(name, 0L));
            for (Object[] row : em.createQuery("select r, count(h) from HabilitationEntity h join h.roles r where h.realmId = :realm and h.clientId = :client and h.organizationId = :org group by r", Object[].class)
                    .setParameter("realm", realm.getId()).setParameter("client", application.id()).setParameter("org", company.id()).getResultList()) {
                perRole.put((String) row[0], (Long) row[1]);
            }
            Object[] flags = em.createQuery("select sum(case when h.accessManager = true then 1 else 0 end), sum(case when h.kind = 'third-party' then 1 else 0 end), count(h) from HabilitationEntity h where h.realmId = :realm and h.clientId = :client and h.organizationId = :org", Object[].class)
                    .setParameter("realm", realm.getId()).setParameter("client", application.id()).setParameter("org", company.id()).getSingleResult();
            long habilitated = flags[2] == null ? 0 : ((Number) flags[2]).longValue();
            page.put("total", count == null ? habilitated : count.getSingleResult());
            page.put("countsByRole", perRole);
            page.put("accessManagers", flags[0] == null ? 0 : ((Number) flags[0]).longValue());
            page.put("thirdParties", flags[1] == null ? 0 : ((Number) flags[1]).longValue());
            page.put("habilitated", habilitated);
        } else {
            page.put("total", count != null ? count.getSingleResult()
                    : em.createQuery("select count(h) from HabilitationEntity h where h.realmId = :realm and h.clientId = :client and h.organizationId = :org", Long.class)
                            .setParameter("realm", realm.getId()).setParameter("client", application.id()).setParameter("org", company.id()).getSingleResult());
        }
        page.put("first", first);
        page.put("max", max);
        page.put("items", items);
        page.put("roles", application.grantableRoles());
        return page;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
