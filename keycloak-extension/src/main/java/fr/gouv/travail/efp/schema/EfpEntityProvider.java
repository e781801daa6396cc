package fr.gouv.travail.efp.schema;

import fr.gouv.travail.efp.access.AccessRequestEntity;
import fr.gouv.travail.efp.audit.AuditEntryEntity;
import fr.gouv.travail.efp.directory.local.DirectoryTermEntity;
import fr.gouv.travail.efp.directory.local.DirectoryWordEntity;
import fr.gouv.travail.efp.directory.local.EstablishmentEntity;
import fr.gouv.travail.efp.habilitation.HabilitationEntity;
import fr.gouv.travail.efp.history.LastLoginEntity;
import fr.gouv.travail.efp.invitation.InvitationEntity;
import fr.gouv.travail.efp.notification.OutboxEntity;
import fr.gouv.travail.efp.racode.RaCodeEntity;
import java.util.ArrayList;
import java.util.List;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

/**
 * Adds the extension's tables to Keycloak's persistence unit: they live in Keycloak's database,
 * are created and migrated by our Liquibase changelog at startup (H2 and PostgreSQL alike) and
 * are written in the same transaction as Keycloak's own changes.
 */
public class EfpEntityProvider implements JpaEntityProvider {

    /** Every entity of the extension; a capability adds its own here. */
    static final List<Class<?>> ENTITIES = List.of(
            HabilitationEntity.class,
            RaCodeEntity.class,
            AuditEntryEntity.class,
            EstablishmentEntity.class,
            DirectoryWordEntity.class,
            DirectoryTermEntity.class,
            AccessRequestEntity.class,
            OutboxEntity.class,
            InvitationEntity.class,
            LastLoginEntity.class);

    @Override
    public List<Class<?>> getEntities() {
        return new ArrayList<>(ENTITIES);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/efp-changelog.xml";
    }

    @Override
    public String getFactoryId() {
        return EfpEntityProviderFactory.ID;
    }

    @Override
    public void close() {}
}
