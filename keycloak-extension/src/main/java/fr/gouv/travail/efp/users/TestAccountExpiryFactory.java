package fr.gouv.travail.efp.users;

import fr.gouv.travail.efp.common.provider.IdleEventListener;
import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.timer.TimerProvider;

/**
 * Disables the test accounts whose last day is past ({@link TestAccounts}), every
 * {@code interval-millis} (default one hour; server option
 * {@code KC_SPI_EVENTS_LISTENER__EFP_TEST_ACCOUNT_EXPIRY__INTERVAL_MILLIS}), in every realm.
 * Like the outbox, an event-listener factory only because Keycloak starts those at boot; the
 * listener does nothing and need not be enabled. Safe on several nodes: disabling twice changes
 * nothing (the second finds the account disabled).
 */
public class TestAccountExpiryFactory implements EventListenerProviderFactory {

    public static final String ID = "efp-test-account-expiry";
    private static final Logger LOG = Logger.getLogger(TestAccountExpiryFactory.class);
    private long intervalMillis = 3_600_000;

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return IdleEventListener.INSTANCE;
    }

    @Override
    public void init(Config.Scope config) {
        intervalMillis = Math.max(1000, config.getLong("interval-millis", 3_600_000L));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        KeycloakModelUtils.runJobInTransaction(
                factory,
                session -> session.getProvider(TimerProvider.class).schedule(() -> pass(factory), intervalMillis, ID));
    }

    private static void pass(KeycloakSessionFactory factory) {
        try {
            KeycloakModelUtils.runJobInTransaction(
                    factory,
                    session -> session.realms().getRealmsStream().forEach(realm -> {
                        // Keycloak's user and organization providers read the realm from the context.
                        session.getContext().setRealm(realm);
                        int disabled = TestAccounts.disableExpired(session, realm, TestAccounts.today());
                        if (disabled > 0) {
                            LOG.infof("%d expired test account(s) disabled in realm %s", disabled, realm.getName());
                        }
                    }));
        } catch (RuntimeException e) {
            LOG.warn("Test account expiry pass failed; it will run again", e);
        }
    }

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }
}
