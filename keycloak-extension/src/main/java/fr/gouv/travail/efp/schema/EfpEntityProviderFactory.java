package fr.gouv.travail.efp.schema;

import fr.gouv.travail.efp.habilitation.HolderNames;
import fr.gouv.travail.efp.habilitation.RemovalAudit;
import fr.gouv.travail.efp.jpa.Jpa;
import fr.gouv.travail.efp.jpa.RemovalCleanup;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;

public class EfpEntityProviderFactory implements JpaEntityProviderFactory {

    private static final Logger LOG = Logger.getLogger(EfpEntityProviderFactory.class);

    /** Also names Liquibase's bookkeeping table for our changelog (DATABASECHANGELOG_EFP...). */
    public static final String ID = "efp-entities";

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return new EfpEntityProvider();
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // First what the removal of a user or a company takes away (counted), then the removal.
        factory.register(RemovalAudit::onEvent);
        factory.register(RemovalCleanup::onEvent);
        // Once the database is migrated: the listing keys follow Keycloak's user rows from now on,
        // and rows written before they existed get theirs.
        factory.register(event -> {
            if (event instanceof PostMigrationEvent migrated) {
                KeycloakModelUtils.runJobInTransaction(
                        migrated.getFactory(),
                        session -> HolderNames.register(Jpa.em(session).getEntityManagerFactory()));
                int filled = HolderNames.backfill(migrated.getFactory());
                if (filled > 0) {
                    LOG.infof("listing keys written for %d habilitations", filled);
                }
            }
        });
    }

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }
}
