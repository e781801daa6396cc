package fr.gouv.travail.efp.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.ClientModel;
import org.keycloak.models.ClientScopeModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.services.managers.ClientManager;

/**
 * Writes applications the way {@code efp apply} does ({@code provisioning/src/apply/applications.ts}
 * {@code clientRepresentation}, its roles and mappers), from EFP ADMIN: a confidential OIDC
 * client, authorization code with PKCE S256 only, its own roles only in its tokens, marked
 * {@value #SOURCE}={@value #SOURCE_EFP_ADMIN} so that {@code efp plan} tells it apart from the
 * applications realm-config declares.
 */
public final class ApplicationClients {

    /** Who made the application: {@value #SOURCE_REALM_CONFIG} (efp apply) or {@value #SOURCE_EFP_ADMIN}. */
    public static final String SOURCE = "efp.source";

    public static final String SOURCE_REALM_CONFIG = "realm-config";
    public static final String SOURCE_EFP_ADMIN = "efp-admin";
    public static final String LOGO_URL = "efp.logo-url";
    /** realm.yaml tokens.claims, written by efp apply (provisioning/src/apply/realm.ts). */
    public static final String KIND_CLAIM_ATTRIBUTE = "efp.tokens.claims.userKind";

    public static final String STRUCTURE_CLAIM_ATTRIBUTE = "efp.tokens.claims.structure";
    static final String IDENTITY_MAPPER = "efp-identity";
    static final String COMPANY_SCOPE = "efp-company";

    private final KeycloakSession session;
    private final RealmModel realm;

    public ApplicationClients(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** A new application and its secret, which is never read back. */
    public record Created(EfpApplication application, String secret) {}

    public Created create(ApplicationRules.Draft draft) {
        ClientRepresentation rep = new ClientRepresentation();
        rep.setClientId(draft.clientId());
        rep.setName(draft.name());
        rep.setDescription(draft.description());
        rep.setRootUrl(draft.url());
        rep.setBaseUrl(draft.url());
        rep.setEnabled(true);
        rep.setProtocol("openid-connect");
        rep.setPublicClient(false);
        rep.setClientAuthenticatorType("client-secret");
        rep.setStandardFlowEnabled(true);
        rep.setImplicitFlowEnabled(false);
        rep.setDirectAccessGrantsEnabled(false);
        rep.setServiceAccountsEnabled(false);
        rep.setFullScopeAllowed(false);
        rep.setRedirectUris(draft.redirectUris());
        rep.setWebOrigins(List.of("+"));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("pkce.code.challenge.method", "S256");
        attributes.put("post.logout.redirect.uris", "+");
        attributes.put(EfpApplication.MARKER, "true");
        attributes.put(SOURCE, SOURCE_EFP_ADMIN);
        rep.setAttributes(attributes);
        rep.setProtocolMappers(mappers(draft.clientId()));
        ClientModel client = ClientManager.createClient(session, realm, rep);
        writeAttributes(
                client,
                new ApplicationRules.Input(
                        null,
                        draft.name(),
                        draft.description(),
                        draft.url(),
                        draft.logoUrl() == null ? "" : draft.logoUrl(),
                        null,
                        draft.raCodesEnabled(),
                        draft.listedPublicly(),
                        null));
        for (ApplicationRules.Role role : draft.roles()) {
            writeRole(client, role);
        }
        writeRole(
                client,
                new ApplicationRules.Role(EfpApplication.ADMIN_ROLE, "Administrateur applicatif (EFP ADMIN)", ""));
        writeRole(
                client,
                new ApplicationRules.Role(
                        EfpApplication.SUPPORT_ROLE, "Assistant aux utilisateurs (EFP ADMIN, lecture seule)", ""));
        ClientScopeModel companyScope = KeycloakModelUtils.getClientScopeByName(realm, COMPANY_SCOPE);
        if (companyScope != null) {
            client.addClientScope(companyScope, false);
        }
        return new Created(new EfpApplication(client), KeycloakModelUtils.generateSecret(client));
    }

    /** A new secret; the previous one stops working at once. */
    public String rotateSecret(EfpApplication application) {
        return KeycloakModelUtils.generateSecret(application.client());
    }

    /** Applies a checked change; returns the names of the fields it changed (roles apart). */
    public List<String> update(EfpApplication application, ApplicationRules.Input change) {
        ClientModel client = application.client();
        List<String> changed = new ArrayList<>();
        if (change.name() != null && !change.name().equals(application.displayName())) changed.add("name");
        if (change.description() != null && !change.description().equals(application.description()))
            changed.add("description");
        if (change.url() != null && !change.url().equals(application.url())) changed.add("url");
        if (change.logoUrl() != null && !change.logoUrl().equals(nullToEmpty(logoUrl(application))))
            changed.add("logoUrl");
        if (change.raCodesEnabled() != null && change.raCodesEnabled() != application.raCodesEnabled())
            changed.add("raCodesEnabled");
        if (change.listedPublicly() != null && change.listedPublicly() != application.listedPublicly())
            changed.add("listedPublicly");
        if (change.redirectUris() != null
                && !new java.util.HashSet<>(change.redirectUris()).equals(client.getRedirectUris())) {
            changed.add("redirectUris");
            client.setRedirectUris(new java.util.HashSet<>(change.redirectUris()));
        }
        writeAttributes(client, change);
        return changed;
    }

    /** Adds the role or writes its labels; returns whether anything changed. */
    public boolean writeRole(ClientModel client, ApplicationRules.Role role) {
        RoleModel model = client.getRole(role.name());
        boolean created = model == null;
        if (created) {
            model = client.addRole(role.name());
        }
        boolean changed = created;
        String description = nullToEmpty(role.description());
        if (!description.equals(nullToEmpty(model.getDescription()))) {
            model.setDescription(description);
            changed = true;
        }
        String english = nullToEmpty(role.descriptionEn());
        if (!english.equals(nullToEmpty(model.getFirstAttribute(EfpApplication.ENGLISH_LABEL)))) {
            if (english.isEmpty()) {
                model.removeAttribute(EfpApplication.ENGLISH_LABEL);
            } else {
                model.setSingleAttribute(EfpApplication.ENGLISH_LABEL, english);
            }
            changed = true;
        }
        return changed;
    }

    public void removeRole(ClientModel client, String name) {
        RoleModel role = client.getRole(name);
        if (role != null) {
            client.removeRole(role);
        }
    }

    public static String logoUrl(EfpApplication application) {
        String value = application.client().getAttribute(LOGO_URL);
        return value == null || value.isBlank() ? null : value;
    }

    /** {@value #SOURCE_REALM_CONFIG}, {@value #SOURCE_EFP_ADMIN}, or "other" (made by hand in the console, or before efp apply stamped it). */
    public static String source(EfpApplication application) {
        String value = application.client().getAttribute(SOURCE);
        return SOURCE_REALM_CONFIG.equals(value) || SOURCE_EFP_ADMIN.equals(value) ? value : "other";
    }

    private void writeAttributes(ClientModel client, ApplicationRules.Input change) {
        if (change.name() != null) {
            client.setName(change.name());
            client.setAttribute("efp.display-name", change.name());
        }
        if (change.description() != null) {
            client.setDescription(change.description());
            client.setAttribute("efp.description", change.description());
        }
        if (change.url() != null) {
            client.setRootUrl(change.url());
            client.setBaseUrl(change.url());
            client.setAttribute("efp.url", change.url());
        }
        if (change.logoUrl() != null) {
            if (change.logoUrl().isEmpty()) {
                client.removeAttribute(LOGO_URL);
            } else {
                client.setAttribute(LOGO_URL, change.logoUrl());
            }
        }
        if (change.raCodesEnabled() != null) {
            client.setAttribute("efp.ra-codes-enabled", String.valueOf(change.raCodesEnabled()));
        }
        if (change.listedPublicly() != null) {
            client.setAttribute("efp.listed-publicly", String.valueOf(change.listedPublicly()));
        }
    }

    /** The three mappers efp apply gives every application (provisioning/src/apply/applications.ts). */
    private List<ProtocolMapperRepresentation> mappers(String clientId) {
        Map<String, String> habilitations = tokenClaims();
        Map<String, String> audience = new LinkedHashMap<>();
        audience.put("included.client.audience", clientId);
        audience.put("access.token.claim", "true");
        audience.put("id.token.claim", "false");
        audience.put("introspection.token.claim", "true");
        audience.put("lightweight.claim", "false");
        Map<String, String> identity = new LinkedHashMap<>();
        String[] claims = identityClaims();
        identity.put("efp.claim.user-kind", claims[0]);
        identity.put("efp.claim.structure", claims[1]);
        identity.putAll(tokenClaims());
        return List.of(
                mapper("efp-habilitations", "efp-habilitations-mapper", habilitations),
                mapper("efp-audience", "oidc-audience-mapper", audience),
                mapper(IDENTITY_MAPPER, "efp-identity-mapper", identity));
    }

    private static Map<String, String> tokenClaims() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("access.token.claim", "true");
        config.put("id.token.claim", "true");
        config.put("userinfo.token.claim", "true");
        config.put("introspection.token.claim", "true");
        return config;
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        mapper.setConfig(new HashMap<>(config));
        return mapper;
    }

    /**
     * The names realm.yaml's tokens.claims gives the person's kind and structure: the realm
     * attributes efp apply writes; before they exist, those of an application realm-config made
     * (its efp-identity mapper); else the defaults, the same as the extension's IdentityClaims.
     */
    String[] identityClaims() {
        String kind = realm.getAttribute(KIND_CLAIM_ATTRIBUTE);
        String structure = realm.getAttribute(STRUCTURE_CLAIM_ATTRIBUTE);
        if (blank(kind) || blank(structure)) {
            Optional<ProtocolMapperModel> existing = EfpApplication.all(realm)
                    .filter(app -> SOURCE_REALM_CONFIG.equals(app.client().getAttribute(SOURCE))
                            || app.client().getAttribute(SOURCE) == null)
                    .flatMap(app -> app.client().getProtocolMappersStream())
                    .filter(mapper -> IDENTITY_MAPPER.equals(mapper.getName()))
                    .findFirst();
            if (blank(kind)) {
                kind = existing.map(m -> m.getConfig().get("efp.claim.user-kind"))
                        .orElse(null);
            }
            if (blank(structure)) {
                structure = existing.map(m -> m.getConfig().get("efp.claim.structure"))
                        .orElse(null);
            }
        }
        return new String[] {
            blank(kind) ? "efp_user_kind" : kind.strip(), blank(structure) ? "efp_structure" : structure.strip()
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
