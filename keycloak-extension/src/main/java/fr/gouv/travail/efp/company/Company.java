package fr.gouv.travail.efp.company;

import java.util.List;
import java.util.Map;
import org.keycloak.models.OrganizationModel;

/**
 * A company establishment (alias = SIRET) or a ministerial structure (alias = its code, e.g.
 * DGEFP), as stored in a Keycloak organization.
 */
public record Company(String id, String alias, String name, String kind, String siret, String siren, String address) {

    public static final String KIND_COMPANY = "company";
    public static final String KIND_MINISTRY = "ministry";
    static final String KIND_ATTRIBUTE = "efp.kind";
    static final String NAME_ATTRIBUTE = "efp.name";
    static final String SIREN_ATTRIBUTE = "siren";
    static final String ADDRESS_ATTRIBUTE = "address";

    public static Company of(OrganizationModel organization) {
        Map<String, List<String>> attributes = organization.getAttributes();
        String kind = first(attributes, KIND_ATTRIBUTE, KIND_COMPANY);
        String name = first(attributes, NAME_ATTRIBUTE, organization.getName());
        boolean company = KIND_COMPANY.equals(kind);
        return new Company(
                organization.getId(),
                organization.getAlias(),
                name,
                kind,
                company ? organization.getAlias() : null,
                company ? first(attributes, SIREN_ATTRIBUTE, null) : null,
                first(attributes, ADDRESS_ATTRIBUTE, null));
    }

    public boolean isCompany() {
        return KIND_COMPANY.equals(kind);
    }

    private static String first(Map<String, List<String>> attributes, String name, String fallback) {
        List<String> values = attributes == null ? null : attributes.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? fallback : values.get(0);
    }
}
