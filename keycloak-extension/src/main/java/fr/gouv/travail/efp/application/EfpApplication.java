package fr.gouv.travail.efp.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.keycloak.models.ClientModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;

/**
 * An application (service numérique): an OIDC client marked {@value #MARKER}=true. Its client
 * roles are the roles a habilitation gives, except the reserved ones that name its
 * administrators, which no habilitation can carry.
 */
public record EfpApplication(ClientModel client) {

    public static final String MARKER = "efp.application";
    /** Client role of the application admins (Administrateur applicatif) of this application. */
    public static final String ADMIN_ROLE = "efp-application-admin";
    /** Client role of the support agents (Assistant aux utilisateurs): read only. */
    public static final String SUPPORT_ROLE = "efp-support";

    public static final Set<String> RESERVED_ROLES = Set.of(ADMIN_ROLE, SUPPORT_ROLE);

    /** Role attribute holding the English label of a role (its description is the French one). */
    public static final String ENGLISH_LABEL = "efp.description.en";

    /** How people read a role, in French and in English (tokens keep the role's name). */
    public record RoleLabel(String fr, String en) {

        /** The French label falls back to the name, the English one to the French. */
        public static RoleLabel of(String name, String french, String english) {
            String fr = french == null || french.isBlank() ? name : french.strip();
            return new RoleLabel(fr, english == null || english.isBlank() ? fr : english.strip());
        }

        /** The label in {@code language} ("en" gives English, anything else French). */
        public String in(String language) {
            return "en".equals(language) ? en : fr;
        }
    }

    public static boolean isApplication(ClientModel client) {
        return client != null && "true".equals(client.getAttribute(MARKER));
    }

    public static Optional<EfpApplication> find(RealmModel realm, String clientId) {
        if (clientId == null || clientId.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(realm.getClientByClientId(clientId))
                .filter(EfpApplication::isApplication)
                .map(EfpApplication::new);
    }

    public static Optional<EfpApplication> byInternalId(RealmModel realm, String id) {
        return Optional.ofNullable(realm.getClientById(id))
                .filter(EfpApplication::isApplication)
                .map(EfpApplication::new);
    }

    public static Stream<EfpApplication> all(RealmModel realm) {
        return realm.getClientsStream()
                .filter(EfpApplication::isApplication)
                .map(EfpApplication::new)
                .sorted(Comparator.comparing(EfpApplication::clientId));
    }

    public String id() {
        return client.getId();
    }

    public String clientId() {
        return client.getClientId();
    }

    public String displayName() {
        return attribute("efp.display-name", client.getName() != null ? client.getName() : client.getClientId());
    }

    public String url() {
        return attribute("efp.url", client.getBaseUrl());
    }

    public String description() {
        return attribute("efp.description", "");
    }

    public boolean raCodesEnabled() {
        return "true".equals(client.getAttribute("efp.ra-codes-enabled"));
    }

    public boolean listedPublicly() {
        return "true".equals(client.getAttribute("efp.listed-publicly"));
    }

    /** The roles a habilitation on this application may give, sorted. */
    public List<String> grantableRoles() {
        // A name with a bar cannot be told apart in a habilitation's ROLE_KEY (ListingKeys):
        // realm-config never makes one; one made by hand in the console is not offered.
        return client.getRolesStream()
                .map(RoleModel::getName)
                .filter(name -> !RESERVED_ROLES.contains(name) && name.indexOf('|') < 0)
                .sorted()
                .toList();
    }

    /** The labels of the roles a habilitation may give, by role name, in the order of {@link #grantableRoles()}. */
    public Map<String, RoleLabel> roleLabels() {
        Map<String, RoleLabel> labels = new LinkedHashMap<>();
        for (String name : grantableRoles()) {
            RoleModel role = client.getRole(name);
            labels.put(
                    name,
                    role == null
                            ? RoleLabel.of(name, null, null)
                            : RoleLabel.of(name, role.getDescription(), role.getFirstAttribute(ENGLISH_LABEL)));
        }
        return labels;
    }

    /** The labels of {@code roles} in {@code language}, in the given order (a role no longer declared shows its name). */
    public List<String> roleLabels(Collection<String> roles, String language) {
        Map<String, RoleLabel> labels = roleLabels();
        return roles.stream()
                .map(name -> labels.getOrDefault(name, RoleLabel.of(name, null, null))
                        .in(language))
                .toList();
    }

    private String attribute(String name, String fallback) {
        String value = client.getAttribute(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
