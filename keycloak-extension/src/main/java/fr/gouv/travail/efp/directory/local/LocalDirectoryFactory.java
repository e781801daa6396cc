package fr.gouv.travail.efp.directory.local;

import fr.gouv.travail.efp.directory.CompanyDirectory;
import fr.gouv.travail.efp.directory.CompanyDirectoryFactory;
import fr.gouv.travail.efp.jpa.Jpa;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** {@value LocalDirectory#ID}: the directory in Keycloak's database, imported from SIRENE. The default. */
public class LocalDirectoryFactory implements CompanyDirectoryFactory {

    @Override
    public CompanyDirectory create(KeycloakSession session) {
        return new LocalDirectory(Jpa.em(session));
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return LocalDirectory.ID;
    }
}
