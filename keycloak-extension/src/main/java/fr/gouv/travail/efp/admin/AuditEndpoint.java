package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.common.JsonApi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/** The audit log, newest first: administrators all of it, others their applications'. */
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
            @QueryParam("first") Integer first,
            @QueryParam("max") Integer max) {
        return JsonApi.call(session, () -> {
            Lookups lookups = new Lookups(session);
            String clientId = caller.listedApplication(lookups, application);
            String organizationId = Api.blankToNull(company) == null
                    ? null
                    : lookups.company(company).id();
            String userId =
                    Api.blankToNull(user) == null ? null : lookups.user(user).getId();
            Views views = new Views(session);
            return JsonApi.json(
                    200,
                    new Views.Items<>(new AuditLog(session, lookups.realm())
                                    .list(
                                            new AuditLog.Filter(clientId, organizationId, userId),
                                            Api.first(first),
                                            Api.max(max))
                                    .stream()
                                    .map(views::audit)
                                    .toList()));
        });
    }
}
