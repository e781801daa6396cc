package fr.gouv.travail.efp.testing.listing;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** TEST ONLY: mounts {@link ListingKeysResource} at /realms/{realm}/{@value #ID}. */
public class ListingKeysResourceFactory implements RealmResourceProviderFactory {

    public static final String ID = "efp-testing";
    private static final Logger LOG = Logger.getLogger(ListingKeysResourceFactory.class);

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new ListingKeysResource(session);
    }

    @Override
    public void init(Config.Scope config) {
        LOG.warn(
                "TEST-ONLY endpoint /realms/{realm}/efp-testing is installed. Never deploy efp-keycloak-extension-testing.jar in production.");
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }
}
