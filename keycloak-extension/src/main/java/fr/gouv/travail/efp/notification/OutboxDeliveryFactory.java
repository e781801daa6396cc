package fr.gouv.travail.efp.notification;

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
 * Starts the outbox delivery when Keycloak starts. It is an event-listener factory only because
 * Keycloak initialises every such factory at boot; the listener itself does nothing and need not
 * be enabled in any realm. Server options ({@code KC_SPI_EVENTS_LISTENER__EFP_OUTBOX__…}):
 * {@code interval-millis} (default 1000), how often the outbox is checked;
 * {@code first-retry-millis} (10000) and {@code max-retry-millis} (900000), the retry delays.
 */
public class OutboxDeliveryFactory implements EventListenerProviderFactory {

    public static final String ID = "efp-outbox";
    private static final Logger LOG = Logger.getLogger(OutboxDeliveryFactory.class);
    private long intervalMillis = 1000;
    private RetrySchedule retries = RetrySchedule.DEFAULT;

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return IdleEventListener.INSTANCE;
    }

    @Override
    public void init(Config.Scope config) {
        intervalMillis = Math.max(200, config.getLong("interval-millis", 1000L));
        retries = new RetrySchedule(
                config.getLong("first-retry-millis", RetrySchedule.DEFAULT.firstDelayMillis()),
                config.getLong("max-retry-millis", RetrySchedule.DEFAULT.maxDelayMillis()));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        KeycloakModelUtils.runJobInTransaction(
                factory,
                session -> session.getProvider(TimerProvider.class)
                        .schedule(
                                () -> {
                                    try {
                                        OutboxDelivery.deliverDue(factory, retries);
                                    } catch (RuntimeException e) {
                                        LOG.warn("Outbox delivery pass failed; it will run again", e);
                                    }
                                },
                                intervalMillis,
                                ID));
    }

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }
}
