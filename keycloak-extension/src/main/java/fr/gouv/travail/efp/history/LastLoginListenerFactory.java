package fr.gouv.travail.efp.history;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Keeps each account's last sign-in ({@link LastLogins}), from Keycloak's LOGIN events, whether
 * or not the realm stores its events. Enabled per realm (realm-config {@code events}, applied by
 * {@code efp apply}). The row is written after the sign-in commits, in its own transaction: it
 * never slows a sign-in's transaction down nor makes it fail.
 */
public class LastLoginListenerFactory implements EventListenerProviderFactory {

    public static final String ID = "efp-last-login";
    private static final Logger LOG = Logger.getLogger(LastLoginListenerFactory.class);
    private KeycloakSessionFactory factory;

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new EventListenerProvider() {
            @Override
            public void onEvent(Event event) {
                if (event.getType() != EventType.LOGIN || event.getUserId() == null) {
                    return;
                }
                String realmId = event.getRealmId();
                String userId = event.getUserId();
                long time = event.getTime();
                session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
                    @Override
                    protected void commitImpl() {
                        try {
                            KeycloakModelUtils.runJobInTransaction(
                                    factory, job -> new LastLogins(job).record(realmId, userId, time));
                        } catch (RuntimeException e) {
                            // Two first sign-ins of one account at once: the other one wrote it.
                            LOG.debugf(e, "last login of %s not recorded", userId);
                        }
                    }

                    @Override
                    protected void rollbackImpl() {}
                });
            }

            @Override
            public void onEvent(AdminEvent event, boolean includeRepresentation) {}

            @Override
            public void close() {}
        };
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        this.factory = factory;
    }

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }
}
