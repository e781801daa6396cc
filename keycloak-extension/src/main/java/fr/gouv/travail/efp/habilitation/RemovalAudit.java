package fr.gouv.travail.efp.habilitation;

import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.jpa.Jpa;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.Token;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.representations.AccessToken;

/**
 * When a user or a company (organization) is removed in Keycloak (its console, its admin API),
 * their habilitations go with them (RemovalCleanup). Before they go, this writes what is lost
 * to the audit log, one entry per application: who was removed and how many habilitations went,
 * so that it can be found afterwards (efp-admin's audit, {@code efp audit}). Registered before
 * the cleanup, so that it counts the rows still there.
 */
public final class RemovalAudit {

    private RemovalAudit() {}

    public static void onEvent(ProviderEvent event) {
        if (event instanceof UserModel.UserRemovedEvent removed) {
            UserModel user = removed.getUser();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("username", user.getUsername());
            details.put("email", user.getEmail());
            record(
                    removed.getKeycloakSession(),
                    removed.getRealm(),
                    AuditAction.HABILITATIONS_REMOVED_WITH_USER,
                    "userId",
                    user.getId(),
                    null,
                    user.getId(),
                    details);
        } else if (event instanceof OrganizationModel.OrganizationRemovedEvent removed) {
            OrganizationModel organization = removed.getOrganization();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("siret", organization.getAlias());
            details.put("name", organization.getName());
            record(
                    removed.getKeycloakSession(),
                    removed.getKeycloakSession().getContext().getRealm(),
                    AuditAction.HABILITATIONS_REMOVED_WITH_COMPANY,
                    "organizationId",
                    organization.getId(),
                    organization.getId(),
                    null,
                    details);
        }
    }

    private static void record(
            KeycloakSession session,
            RealmModel realm,
            AuditAction action,
            String field,
            String id,
            String organizationId,
            String subjectUserId,
            Map<String, Object> about) {
        if (realm == null) {
            return;
        }
        var counts = Jpa.em(session)
                .createQuery(
                        "select h.clientId, count(h) from HabilitationEntity h where h.realmId = :realm and h." + field
                                + " = :id group by h.clientId order by h.clientId",
                        Object[].class)
                .setParameter("realm", realm.getId())
                .setParameter("id", id)
                .getResultList();
        if (counts.isEmpty()) {
            return;
        }
        AuditLog audit = new AuditLog(session, realm);
        AuditLog.Actor actor = actor(session);
        for (Object[] row : counts) {
            Map<String, Object> details = new LinkedHashMap<>(about);
            details.put("habilitations", ((Number) row[1]).longValue());
            audit.record(actor, action, (String) row[0], organizationId, subjectUserId, details);
        }
    }

    /** Whoever called Keycloak's admin API, as far as the request tells (else "keycloak"). */
    static AuditLog.Actor actor(KeycloakSession session) {
        var connection = session.getContext().getConnection();
        String address = connection == null ? null : connection.getRemoteAddr();
        Token token = session.getContext().getBearerToken();
        if (token instanceof AccessToken access && access.getSubject() != null) {
            String name = access.getPreferredUsername() == null ? access.getSubject() : access.getPreferredUsername();
            return new AuditLog.Actor(access.getSubject(), "keycloak-admin:" + name, address);
        }
        return new AuditLog.Actor(null, "keycloak", address);
    }
}
