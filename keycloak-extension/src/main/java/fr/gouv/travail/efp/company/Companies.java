package fr.gouv.travail.efp.company;

import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.LikePattern;
import fr.gouv.travail.efp.jpa.Jpa;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.organization.OrganizationProvider;

/** Companies and ministerial structures, stored as Keycloak organizations. */
public final class Companies {

    private final KeycloakSession session;
    private final OrganizationProvider organizations;

    public Companies(KeycloakSession session) {
        this.session = session;
        this.organizations = session.getProvider(OrganizationProvider.class);
        if (organizations == null || !organizations.isEnabled()) {
            throw new EfpException(
                    503,
                    "organizations_disabled",
                    "Les organisations ne sont pas activées dans ce royaume (organizationsEnabled).");
        }
    }

    public Optional<Company> byAlias(String alias) {
        if (alias == null || alias.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(organizations.getByAlias(alias.trim())).map(Company::of);
    }

    public Optional<Company> byId(String id) {
        return Optional.ofNullable(id).map(organizations::getById).map(Company::of);
    }

    public Optional<OrganizationModel> organization(Company company) {
        return Optional.ofNullable(organizations.getById(company.id()));
    }

    /** Declares a company or a ministerial structure; refuses bad input and duplicates. */
    public Company create(CompanyInput raw) {
        CompanyInput input = raw.validated();
        if (organizations.getByAlias(input.alias()) != null) {
            throw EfpException.conflict(
                    "company_exists",
                    input.siret() != null
                            ? "Un établissement de SIRET " + input.siret() + " existe déjà."
                            : "La structure " + input.code() + " existe déjà.");
        }
        OrganizationModel organization = organizations.create(null, input.organizationName(), input.alias());
        Map<String, List<String>> attributes = new HashMap<>();
        attributes.put(Company.KIND_ATTRIBUTE, List.of(input.kind()));
        attributes.put(Company.NAME_ATTRIBUTE, List.of(input.name()));
        if (input.siret() != null) {
            attributes.put(Company.SIREN_ATTRIBUTE, List.of(input.siret().substring(0, 9)));
        }
        if (input.address() != null) {
            attributes.put(Company.ADDRESS_ATTRIBUTE, List.of(input.address()));
        }
        organization.setAttributes(attributes);
        // From what was stored, not read back: the organization read in this same transaction
        // still shows no attributes, and a ministry came out labelled as a company.
        return new Company(
                organization.getId(),
                input.alias(),
                input.name(),
                input.kind(),
                input.siret(),
                input.siret() == null ? null : input.siret().substring(0, 9),
                input.address());
    }

    /**
     * By name or alias (SIRET, code: the organization's name carries it), case-insensitive,
     * what is typed taken literally: Keycloak's own organization search passes it to LIKE as is,
     * where {@code %} matches every company and {@code _} any character.
     */
    public List<Company> search(String query, int first, int max) {
        String q = query == null || query.isBlank() ? null : query.trim();
        if (q == null) {
            return organizations
                    .getAllStream(null, false, first, max)
                    .map(Company::of)
                    .toList();
        }
        List<String> ids = Jpa.em(session)
                .createQuery(
                        "select o.id from OrganizationEntity o where o.realmId = :realm"
                                + " and lower(o.name) like :search escape '\\' order by o.name, o.id",
                        String.class)
                .setParameter("realm", session.getContext().getRealm().getId())
                .setParameter("search", "%" + LikePattern.escape(q.toLowerCase(Locale.ROOT)) + "%")
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        return ids.stream().map(this::byId).flatMap(Optional::stream).toList();
    }
}
