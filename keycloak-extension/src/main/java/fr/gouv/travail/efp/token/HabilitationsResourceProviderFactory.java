package fr.gouv.travail.efp.token;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/** Mounts {@link HabilitationsResource} at {@code /realms/{realm}/}{@value #ID}. */
public class HabilitationsResourceProviderFactory implements RealmResourceProviderFactory {

    public static final String ID = "efp-token";

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return new HabilitationsResource(session);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
