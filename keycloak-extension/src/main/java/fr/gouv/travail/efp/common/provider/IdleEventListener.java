package fr.gouv.travail.efp.common.provider;

import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;

/**
 * The listener of an event-listener factory that is one only because Keycloak starts those at
 * boot (to schedule periodic work): it does nothing and need not be enabled in any realm.
 */
public final class IdleEventListener implements EventListenerProvider {

    public static final IdleEventListener INSTANCE = new IdleEventListener();

    private IdleEventListener() {}

    @Override
    public void onEvent(Event event) {}

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {}

    @Override
    public void close() {}
}
