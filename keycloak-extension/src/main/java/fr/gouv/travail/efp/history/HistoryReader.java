package fr.gouv.travail.efp.history;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditEntryEntity;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventStoreProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Reads one account's {@link History}: our audit entries about or by the person, and Keycloak's
 * stored events of the account (realm-config {@code events} says which types are stored and for
 * how long). What the viewer may see: an application admin or a support agent sees the audit
 * entries of their applications and those of no application (the account's state); sign-in
 * events to another application keep their time and outcome, not the application's name.
 */
public final class HistoryReader {

    /** The event types a history shows (those the realm stores among them). */
    public static final Set<EventType> EVENT_TYPES = Set.of(
            EventType.LOGIN,
            EventType.LOGIN_ERROR,
            EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT,
            EventType.USER_DISABLED_BY_PERMANENT_LOCKOUT,
            EventType.UPDATE_PASSWORD,
            EventType.UPDATE_CREDENTIAL,
            EventType.RESET_PASSWORD);

    /**
     * What the viewer reads: every application, or these (internal ids, and the same as clientIds).
     */
    public record Perimeter(boolean everything, Set<String> applicationIds, Set<String> clientIds) {}

    private final KeycloakSession session;
    private final RealmModel realm;

    public HistoryReader(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public History.Page read(String userId, Perimeter perimeter, History.Window window) {
        return History.merge(audit(userId, perimeter, window), logins(userId, perimeter, window), window);
    }

    private List<History.Entry> audit(String userId, Perimeter perimeter, History.Window window) {
        String scope = perimeter.everything() ? "" : " and (a.clientId is null or a.clientId in :perimeter)";
        TypedQuery<AuditEntryEntity> query = Jpa.em(session)
                .createQuery(
                        "select a from AuditEntryEntity a where a.realmId = :realm"
                                + " and (a.subjectUserId = :user or a.actorId = :user)" + scope
                                + " order by a.time desc, a.id",
                        AuditEntryEntity.class)
                .setParameter("realm", realm.getId())
                .setParameter("user", userId)
                .setMaxResults(window.perSource());
        if (!perimeter.everything()) {
            query.setParameter("perimeter", perimeter.applicationIds());
        }
        Function<String, String> application = cached(id -> EfpApplication.byInternalId(realm, id)
                .map(EfpApplication::clientId)
                .orElse(null));
        Companies companies = new Companies(session);
        Function<String, String> company =
                cached(id -> companies.byId(id).map(Company::alias).orElse(null));
        return query.getResultStream()
                .map(entry -> new History.Entry(
                        entry.getTime(),
                        entry.getId(),
                        History.Source.AUDIT,
                        entry.getAction(),
                        entry.getActorId(),
                        entry.getActorName(),
                        entry.getSubjectUserId(),
                        entry.getClientId() == null ? null : application.apply(entry.getClientId()),
                        entry.getOrganizationId() == null ? null : company.apply(entry.getOrganizationId()),
                        entry.getIpAddress(),
                        null,
                        entry.getDetails()))
                .toList();
    }

    private List<History.Entry> logins(String userId, Perimeter perimeter, History.Window window) {
        EventStoreProvider store = session.getProvider(EventStoreProvider.class);
        if (store == null) {
            return List.of();
        }
        return store.createQuery()
                .realm(realm.getId())
                .user(userId)
                .type(EVENT_TYPES.toArray(EventType[]::new))
                .orderByDescTime()
                .maxResults(window.perSource())
                .getResultStream()
                .map(event -> login(event, perimeter))
                .toList();
    }

    private static History.Entry login(Event event, Perimeter perimeter) {
        String client = event.getClientId();
        boolean visible = client != null
                && (perimeter.everything() || perimeter.clientIds().contains(client));
        Map<String, String> details = event.getDetails() == null ? Map.of() : event.getDetails();
        return new History.Entry(
                event.getTime(),
                event.getId() == null ? "" : event.getId(),
                History.Source.LOGIN,
                event.getType().name(),
                null,
                null,
                event.getUserId(),
                visible ? client : null,
                null,
                event.getIpAddress(),
                event.getError(),
                details.get(Details.IDENTITY_PROVIDER));
    }

    private static Function<String, String> cached(Function<String, String> lookup) {
        Map<String, String> known = new HashMap<>();
        return id -> known.computeIfAbsent(id, lookup);
    }
}
