package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.application.ApplicationClients;
import fr.gouv.travail.efp.application.ApplicationRules;
import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RoleModel;

/**
 * EFP ADMIN's applications: one application's details ({@code GET applications/{clientId}}: its
 * readers), its changes ({@code PUT}: administrators and its application admins), its secret
 * rotated ({@code POST …/secret}: administrators); {@link #create} makes a new one
 * (administrators). The secret leaves the server in the answers to a creation and a rotation
 * only.
 */
public class ApplicationsEndpoint {

    /** The list of applications, and whether the caller may create one ({@code create}: administrators). */
    public record ApplicationList(List<Views.ApplicationView> items, List<String> actions) {}

    /** A role as the page shows it, with the number of habilitations that carry it. */
    public record RoleView(String name, String description, String descriptionEn, long habilitations) {}

    /**
     * An application's page. {@code actions} says what the caller may do ({@code edit}, {@code
     * rotate-secret}); {@code secret} only in the answers to a creation or a rotation.
     */
    public record ApplicationDetails(
            String clientId,
            String name,
            String description,
            String url,
            String logoUrl,
            boolean raCodesEnabled,
            boolean listedPublicly,
            List<String> redirectUris,
            List<RoleView> roles,
            String source,
            boolean describedInRealmConfig,
            List<String> actions,
            String secret) {}

    private final KeycloakSession session;
    private final Caller caller;
    private final Lookups lookups;

    ApplicationsEndpoint(KeycloakSession session, Caller caller) {
        this.session = session;
        this.caller = caller;
        this.lookups = new Lookups(session);
    }

    Response create(ApplicationRules.Input body) {
        return JsonApi.call(session, () -> {
            if (!caller.rights().administrator()) {
                throw EfpException.forbidden("Accès refusé : seuls les administrateurs créent des applications.");
            }
            if (body == null) {
                throw EfpException.badRequest("missing_body", "Corps JSON attendu : {clientId, name, url, roles, …}.");
            }
            ApplicationRules.Draft draft = ApplicationRules.draft(body);
            if (lookups.realm().getClientByClientId(draft.clientId()) != null) {
                throw EfpException.conflict(
                        "application_exists", "Un client « " + draft.clientId() + " » existe déjà dans le royaume.");
            }
            ApplicationClients.Created created = new ApplicationClients(session, lookups.realm()).create(draft);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("clientId", draft.clientId());
            details.put("name", draft.name());
            details.put(
                    "roles",
                    draft.roles().stream().map(ApplicationRules.Role::name).toList());
            new AuditLog(session, lookups.realm())
                    .record(
                            caller.actor(),
                            AuditAction.APPLICATION_CREATED,
                            created.application().id(),
                            null,
                            null,
                            details);
            // The only time this secret leaves the server, with the rotation's.
            return JsonApi.json(201, details(created.application(), created.secret()));
        });
    }

    Response show(String clientId) {
        return JsonApi.call(session, () -> {
            EfpApplication application = lookups.application(clientId);
            caller.requireRead(application);
            return details(application, null);
        });
    }

    Response update(String clientId, ApplicationRules.Input body) {
        return JsonApi.call(session, () -> {
            EfpApplication application = lookups.application(clientId);
            caller.requireManage(application);
            if (body == null) {
                throw EfpException.badRequest("missing_body", "Corps JSON attendu : les champs à changer.");
            }
            ApplicationRules.Input change = ApplicationRules.change(body);
            ApplicationClients clients = new ApplicationClients(session, lookups.realm());
            List<String> removed = new ArrayList<>();
            if (change.roles() != null) {
                Set<String> wanted =
                        change.roles().stream().map(ApplicationRules.Role::name).collect(Collectors.toSet());
                for (String role : application.grantableRoles()) {
                    if (wanted.contains(role)) {
                        continue;
                    }
                    long holders = holders(application, role);
                    if (holders > 0) {
                        throw EfpException.conflict(
                                "role_in_use",
                                "Le rôle « " + role + " » est porté par " + holders
                                        + " habilitation(s) : retirez-le d'abord de ces habilitations.");
                    }
                    removed.add(role);
                }
            }
            List<String> fields = new ArrayList<>(clients.update(application, change));
            List<String> added = new ArrayList<>();
            List<String> relabelled = new ArrayList<>();
            if (change.roles() != null) {
                Set<String> existing = Set.copyOf(application.grantableRoles());
                for (ApplicationRules.Role role : change.roles()) {
                    boolean isNew = !existing.contains(role.name());
                    if (clients.writeRole(application.client(), role)) {
                        (isNew ? added : relabelled).add(role.name());
                    }
                }
                removed.forEach(role -> clients.removeRole(application.client(), role));
            }
            if (!fields.isEmpty() || !added.isEmpty() || !relabelled.isEmpty() || !removed.isEmpty()) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("clientId", application.clientId());
                if (!fields.isEmpty()) details.put("fields", fields);
                if (!added.isEmpty()) details.put("rolesAdded", added);
                if (!relabelled.isEmpty()) details.put("rolesRelabelled", relabelled);
                if (!removed.isEmpty()) details.put("rolesRemoved", removed);
                new AuditLog(session, lookups.realm())
                        .record(caller.actor(), AuditAction.APPLICATION_UPDATED, application.id(), null, null, details);
            }
            return details(application, null);
        });
    }

    Response rotateSecret(String clientId) {
        return JsonApi.call(session, () -> {
            EfpApplication application = lookups.application(clientId);
            caller.requireRead(application);
            if (!caller.rights().administrator()) {
                throw EfpException.forbidden(
                        "Accès refusé : seuls les administrateurs renouvellent le secret d'une application.");
            }
            if (ApplicationClients.SOURCE_REALM_CONFIG.equals(ApplicationClients.source(application))) {
                throw EfpException.conflict(
                        "secret_from_realm_config",
                        "Le secret de " + application.displayName()
                                + " vient de realm-config (sa variable d'environnement) : changez-la puis lancez efp apply, qui remettrait sinon l'ancien secret.");
            }
            String secret = new ApplicationClients(session, lookups.realm()).rotateSecret(application);
            new AuditLog(session, lookups.realm())
                    .record(
                            caller.actor(),
                            AuditAction.APPLICATION_SECRET_ROTATED,
                            application.id(),
                            null,
                            null,
                            Map.of("clientId", application.clientId()));
            return details(application, secret);
        });
    }

    private ApplicationDetails details(EfpApplication application, String secret) {
        Map<String, Long> counts = holdersByRole(application);
        List<RoleView> roles = new ArrayList<>();
        for (String name : application.grantableRoles()) {
            RoleModel role = application.client().getRole(name);
            roles.add(new RoleView(
                    name,
                    role == null ? null : blankToNull(role.getDescription()),
                    role == null ? null : blankToNull(role.getFirstAttribute(EfpApplication.ENGLISH_LABEL)),
                    counts.getOrDefault(name, 0L)));
        }
        String source = ApplicationClients.source(application);
        List<String> actions = new ArrayList<>();
        if (caller.rights().canManage(application.clientId())) actions.add("edit");
        if (caller.rights().administrator() && !ApplicationClients.SOURCE_REALM_CONFIG.equals(source))
            actions.add("rotate-secret");
        return new ApplicationDetails(
                application.clientId(),
                application.displayName(),
                application.description(),
                application.url(),
                ApplicationClients.logoUrl(application),
                application.raCodesEnabled(),
                application.listedPublicly(),
                new ArrayList<>(new TreeSet<>(application.client().getRedirectUris())),
                roles,
                source,
                ApplicationClients.SOURCE_REALM_CONFIG.equals(source),
                actions,
                secret);
    }

    /** How many habilitations of the application carry each role. */
    private Map<String, Long> holdersByRole(EfpApplication application) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : Jpa.em(session)
                .createQuery(
                        "select r, count(h) from HabilitationEntity h join h.roles r"
                                + " where h.realmId = :realmId and h.clientId = :clientId group by r",
                        Object[].class)
                .setParameter("realmId", lookups.realm().getId())
                .setParameter("clientId", application.id())
                .getResultList()) {
            counts.put(Objects.toString(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private long holders(EfpApplication application, String role) {
        return holdersByRole(application).getOrDefault(role, 0L);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
