package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.audit.AuditPeriod;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * The audit journal, newest first, paged with its total: administrators all of it; application
 * admins and support agents the entries of their applications and those of their own actions.
 * Filtered by application, company, subject (user), actor, action and dates.
 */
@Produces(MediaType.APPLICATION_JSON)
public class AuditEndpoint {

    private final KeycloakSession session;
    private final Caller caller;

    AuditEndpoint(KeycloakSession session, Caller caller) {
        this.session = session;
        this.caller = caller;
    }

    @GET
    public Response list(
            @QueryParam("application") String application,
            @QueryParam("company") String company,
            @QueryParam("user") String user,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("first") Integer first,
            @QueryParam("max") Integer max) {
        return JsonApi.call(session, () -> {
            Lookups lookups = new Lookups(session);
            AuditLog.Filter filter =
                    filter(session, caller, lookups, application, company, user, actor, action, from, to);
            int offset = Api.first(first);
            int size = Api.max(max);
            AuditLog log = new AuditLog(session, lookups.realm());
            Views views = new Views(session);
            return new Views.Page<>(
                    log.count(filter),
                    log.list(filter, offset, size).stream().map(views::audit).toList());
        });
    }

    /**
     * The journal's filter from the parameters, within what the caller may read: an application
     * named must be one they read (else 403); unnamed, an administrator reads every entry and
     * anyone else those of their applications and of their own actions. Bad values are 4xx
     * before any query.
     */
    static AuditLog.Filter filter(
            KeycloakSession session,
            Caller caller,
            Lookups lookups,
            String application,
            String company,
            String user,
            String actor,
            String action,
            String from,
            String to) {
        String clientId = null;
        if (Api.blankToNull(application) != null) {
            var app = lookups.application(application);
            caller.requireRead(app);
            clientId = app.id();
        }
        String organizationId = Api.blankToNull(company) == null
                ? null
                : lookups.company(company).id();
        String userId =
                Api.blankToNull(user) == null ? null : lookups.user(user).getId();
        AuditLog.Filter filter = new AuditLog.Filter(clientId, organizationId, userId)
                .by(actor(session, lookups, actor), action(action))
                .within(AuditPeriod.of(from, to, Instant.now()));
        Set<String> readable = caller.readableApplicationIds(lookups);
        return readable == null
                ? filter
                : filter.visibleTo(readable, caller.user().getId());
    }

    /** A person (id, username or email) as their id; else the name an entry records (service-account:…, system). */
    private static String actor(KeycloakSession session, Lookups lookups, String actor) {
        String wanted = Api.blankToNull(actor);
        if (wanted == null) {
            return null;
        }
        return Optional.ofNullable(session.users().getUserById(lookups.realm(), wanted))
                .or(() -> Optional.ofNullable(session.users().getUserByUsername(lookups.realm(), wanted)))
                .or(() -> Optional.ofNullable(session.users().getUserByEmail(lookups.realm(), wanted)))
                .map(UserModel::getId)
                .orElse(wanted);
    }

    private static String action(String action) {
        String wanted = Api.blankToNull(action);
        if (wanted == null) {
            return null;
        }
        String name = wanted.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(AuditAction.values())
                .map(AuditAction::name)
                .filter(name::equals)
                .findFirst()
                .orElseThrow(() -> EfpException.badRequest(
                        "invalid_action",
                        "Action inconnue : « " + wanted + " » (par exemple HABILITATION_GRANTED, ACCOUNT_DISABLED)."));
    }
}
