package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.common.LikePattern;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * "Every company of my application", for its application admins, support agents and the
 * administrators: the companies holding a habilitation or a pending request on the application,
 * searchable by name or SIRET, a page at a time, with their counts. The search and the paging run
 * in the database (Keycloak's organization table), whatever the number of companies.
 */
final class ApplicationCompanies {

    private static final String WHERE = " from OrganizationEntity o where o.realmId = :realm"
            + " and (exists (select h.id from HabilitationEntity h where h.organizationId = o.id and h.realmId = :realm and h.clientId = :client)"
            + " or exists (select r.id from AccessRequestEntity r where r.organizationId = o.id and r.realmId = :realm and r.clientId = :client and r.status = :pending))";
    private static final String SEARCH =
            " and (lower(o.name) like :search escape '\\' or o.alias like :prefix escape '\\')";

    /** One page of the application's companies, and how many match in all. */
    public record Page(String application, String applicationName, long total, List<Row> items) {}

    /** A company, with its habilitations and pending requests on the application. */
    public record Row(String siret, String name, String address, long habilitations, long pendingRequests) {}

    /** A search of the company directory for the application: every establishment found, known to EFP Connect or not. */
    public record Directory(
            String application, String applicationName, long total, boolean totalCapped, List<Found> items) {}

    /**
     * An establishment of the directory, with what the application has there: {@code known}
     * whether it is already a company of the realm (else it becomes one when opened), its
     * habilitations and pending requests on the application.
     */
    public record Found(
            String siret, String name, String address, boolean known, long habilitations, long pendingRequests) {}

    private ApplicationCompanies() {}

    /**
     * The directory the access gate searches (open establishments only), for whoever reads every
     * company of the application: a company with no habilitation or request yet is found too.
     */
    static Directory directory(
            KeycloakSession session, RealmModel realm, EfpApplication application, String search, int max) {
        GateSearch.Result result = GateSearch.search(session, realm, search, max);
        Companies companies = new Companies(session);
        Map<String, String> ids = new HashMap<>();
        for (GateSearch.Found found : result.items()) {
            companies.byAlias(found.siret()).ifPresent(company -> ids.put(found.siret(), company.id()));
        }
        List<String> known = List.copyOf(ids.values());
        Counts counts = Counts.of(Jpa.em(session), realm, application, known);
        List<Found> items = result.items().stream()
                .map(found -> {
                    String id = ids.get(found.siret());
                    return new Found(
                            found.siret(),
                            found.name(),
                            found.address(),
                            id != null,
                            id == null ? 0 : counts.habilitations(id),
                            id == null ? 0 : counts.pendingRequests(id));
                })
                .toList();
        return new Directory(
                application.clientId(), application.displayName(), result.total(), result.totalCapped(), items);
    }

    /**
     * The company of a SIRET, taken from the directory when it is not one of the realm yet (as
     * the gate does for a first request), so that its first access manager can be named.
     */
    static Row open(KeycloakSession session, RealmModel realm, EfpApplication application, String siret) {
        Company company = new Companies(session)
                .byAlias(siret == null ? "" : siret.strip())
                .orElseGet(() -> GateSearch.company(session, realm, siret));
        Counts counts = Counts.of(Jpa.em(session), realm, application, List.of(company.id()));
        return new Row(
                company.alias(),
                company.name(),
                company.address(),
                counts.habilitations(company.id()),
                counts.pendingRequests(company.id()));
    }

    static Page page(
            KeycloakSession session, RealmModel realm, EfpApplication application, String search, int first, int max) {
        EntityManager em = Jpa.em(session);
        boolean searching = search != null && !search.isBlank();
        TypedQuery<String> ids = em.createQuery(
                "select o.id" + WHERE + (searching ? SEARCH : "") + " order by lower(o.name), o.alias", String.class);
        TypedQuery<Long> count = em.createQuery("select count(o)" + WHERE + (searching ? SEARCH : ""), Long.class);
        for (TypedQuery<?> query : List.of(ids, count)) {
            query.setParameter("realm", realm.getId())
                    .setParameter("client", application.id())
                    .setParameter("pending", AccessRequestStatus.PENDING);
            if (searching) {
                String text = LikePattern.escape(search.strip().toLowerCase(Locale.ROOT));
                query.setParameter("search", "%" + text + "%").setParameter("prefix", text.replace(" ", "") + "%");
            }
        }
        List<String> page = ids.setFirstResult(first).setMaxResults(max).getResultList();
        Counts counts = Counts.of(em, realm, application, page);
        Companies companies = new Companies(session);
        List<Row> items = new ArrayList<>();
        for (String id : page) {
            companies
                    .byId(id)
                    .ifPresent(company -> items.add(new Row(
                            company.alias(),
                            company.name(),
                            company.address(),
                            counts.habilitations(id),
                            counts.pendingRequests(id))));
        }
        return new Page(application.clientId(), application.displayName(), count.getSingleResult(), items);
    }

    /** Habilitations and pending requests on the application, per company id. */
    private record Counts(Map<String, Long> habilitationsById, Map<String, Long> pendingById) {

        static Counts of(EntityManager em, RealmModel realm, EfpApplication application, List<String> ids) {
            return new Counts(
                    count(
                            em,
                            "select h.organizationId, count(h) from HabilitationEntity h where h.realmId = :realm and h.clientId = :client and h.organizationId in :ids group by h.organizationId",
                            realm,
                            application,
                            ids,
                            null),
                    count(
                            em,
                            "select r.organizationId, count(r) from AccessRequestEntity r where r.realmId = :realm and r.clientId = :client and r.status = :pending and r.organizationId in :ids group by r.organizationId",
                            realm,
                            application,
                            ids,
                            AccessRequestStatus.PENDING));
        }

        long habilitations(String id) {
            return habilitationsById.getOrDefault(id, 0L);
        }

        long pendingRequests(String id) {
            return pendingById.getOrDefault(id, 0L);
        }

        /** {@code pending} the request status the query names :pending, or null when it names none. */
        private static Map<String, Long> count(
                EntityManager em,
                String jpql,
                RealmModel realm,
                EfpApplication application,
                List<String> ids,
                AccessRequestStatus pending) {
            Map<String, Long> counts = new HashMap<>();
            if (ids.isEmpty()) return counts;
            TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class)
                    .setParameter("realm", realm.getId())
                    .setParameter("client", application.id())
                    .setParameter("ids", ids);
            if (pending != null) query.setParameter("pending", pending);
            for (Object[] row : query.getResultList()) {
                counts.put((String) row[0], (Long) row[1]);
            }
            return counts;
        }
    }
}
