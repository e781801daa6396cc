package fr.gouv.travail.efp.common.provider;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/**
 * A required action without state of its own, registered as its own factory: one instance serves
 * every session. Its id and its name in the admin console are given once; nothing to start or
 * stop unless a subclass says so (the charter listens to appointments in {@code postInit}).
 */
public abstract class SingletonRequiredAction implements RequiredActionProvider, RequiredActionFactory {

    private final String id;
    private final String displayText;

    protected SingletonRequiredAction(String id, String displayText) {
        this.id = id;
        this.displayText = displayText;
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return this;
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

    @Override
    public String getDisplayText() {
        return displayText;
    }
}
