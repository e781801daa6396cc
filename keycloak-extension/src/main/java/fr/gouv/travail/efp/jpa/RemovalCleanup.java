package fr.gouv.travail.efp.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;

/**
 * Our rows follow Keycloak's: when a user, an application (client), a company (organization)
 * or a realm is removed, its habilitations (their roles go by the foreign key's cascade),
 * access requests, RA codes, invitations and last sign-in go in the same transaction, so that no list, token or email
 * ever refers to something that no longer exists. The audit log keeps the history, except when
 * the whole realm goes.
 */
public final class RemovalCleanup {

    private static final Logger LOG = Logger.getLogger(RemovalCleanup.class);

    private RemovalCleanup() {}

    public static void onEvent(ProviderEvent event) {
        if (event instanceof UserModel.UserRemovedEvent removed) {
            delete(
                    removed.getKeycloakSession(),
                    "userId",
                    removed.getUser().getId(),
                    List.of("HabilitationEntity", "AccessRequestEntity", "LastLoginEntity"));
        } else if (event instanceof ClientModel.ClientRemovedEvent removed) {
            delete(
                    removed.getKeycloakSession(),
                    "clientId",
                    removed.getClient().getId(),
                    List.of("HabilitationEntity", "AccessRequestEntity", "RaCodeEntity", "InvitationEntity"));
        } else if (event instanceof OrganizationModel.OrganizationRemovedEvent removed) {
            delete(
                    removed.getKeycloakSession(),
                    "organizationId",
                    removed.getOrganization().getId(),
                    List.of("HabilitationEntity", "AccessRequestEntity", "RaCodeEntity", "InvitationEntity"));
        } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
            delete(
                    removed.getKeycloakSession(),
                    "realmId",
                    removed.getRealm().getId(),
                    List.of(
                            "HabilitationEntity",
                            "AccessRequestEntity",
                            "RaCodeEntity",
                            "InvitationEntity",
                            "OutboxEntity",
                            "AuditEntryEntity",
                            "LastLoginEntity"));
        }
    }

    private static void delete(KeycloakSession session, String field, String id, List<String> entities) {
        EntityManager em = Jpa.em(session);
        for (String entity : entities) {
            int deleted = em.createQuery("delete from " + entity + " e where e." + field + " = :id")
                    .setParameter("id", id)
                    .executeUpdate();
            if (deleted > 0) {
                LOG.debugf("removed %d %s of %s %s", deleted, entity, field, id);
            }
        }
    }
}
