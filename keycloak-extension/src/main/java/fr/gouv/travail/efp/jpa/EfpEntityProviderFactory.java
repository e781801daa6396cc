package fr.gouv.travail.efp.jpa;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public class EfpEntityProviderFactory implements JpaEntityProviderFactory {

    /** Also names Liquibase's bookkeeping table for our changelog (DATABASECHANGELOG_EFP...). */
    public static final String ID = "efp-entities";

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return new EfpEntityProvider();
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(RemovalCleanup::onEvent);
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
