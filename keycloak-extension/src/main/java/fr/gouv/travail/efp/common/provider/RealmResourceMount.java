package fr.gouv.travail.efp.common.provider;

import java.util.function.Function;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.services.resource.RealmResourceProvider;
import org.keycloak.services.resource.RealmResourceProviderFactory;

/**
 * Mounts a REST resource of the extension at {@code /realms/{realm}/<id>}: a subclass names the
 * path segment and how a request's resource is made; nothing to start or stop.
 */
public abstract class RealmResourceMount implements RealmResourceProviderFactory {

    private final String id;
    private final Function<KeycloakSession, RealmResourceProvider> resource;

    protected RealmResourceMount(String id, Function<KeycloakSession, RealmResourceProvider> resource) {
        this.id = id;
        this.resource = resource;
    }

    @Override
    public RealmResourceProvider create(KeycloakSession session) {
        return resource.apply(session);
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return id;
    }
}
