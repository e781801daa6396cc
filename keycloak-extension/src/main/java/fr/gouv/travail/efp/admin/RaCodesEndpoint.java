package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.racode.RaCodeEntity;
import fr.gouv.travail.efp.racode.RaCodeStatus;
import fr.gouv.travail.efp.racode.RaCodes;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/** RA codes: created (shown once), listed (never shown again), revoked. */
@Produces(MediaType.APPLICATION_JSON)
public class RaCodesEndpoint {

    /** Body of a creation. */
    public record Request(String application, String company) {}

    private final KeycloakSession session;
    private final Caller caller;
    private final Lookups lookups;

    RaCodesEndpoint(KeycloakSession session, Caller caller) {
        this.session = session;
        this.caller = caller;
        this.lookups = new Lookups(session);
    }

    @GET
    public Response list(
            @QueryParam("application") String application,
            @QueryParam("company") String company,
            @QueryParam("status") String status,
            @QueryParam("first") Integer first,
            @QueryParam("max") Integer max) {
        return JsonApi.call(session, () -> {
            String clientId = caller.listedApplication(lookups, application);
            String organizationId = Api.blankToNull(company) == null
                    ? null
                    : lookups.company(company).id();
            RaCodeStatus state = RaCodeStatus.parse(status);
            int from = Api.first(first);
            int size = Api.max(max);
            Views views = new Views(session);
            RaCodes codes = new RaCodes(session, lookups.realm());
            // {total, items}: the items as before, with the number of matches for paging.
            return JsonApi.json(
                    200,
                    new Views.Page<>(
                            codes.count(clientId, organizationId, state),
                            codes.list(clientId, organizationId, state, from, size).stream()
                                    .map(views::raCode)
                                    .toList()));
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Request request) {
        return JsonApi.call(session, () -> {
            if (request == null) {
                throw EfpException.badRequest("missing_body", "Corps JSON attendu : {application, company}.");
            }
            EfpApplication application = lookups.application(request.application());
            caller.requireManage(application);
            var company = lookups.company(request.company());
            RaCodes.Created created =
                    new RaCodes(session, lookups.realm()).create(caller.actor(), application, company);
            // The only time the code leaves the server.
            return JsonApi.json(201, new Views(session).raCode(created.entity()).withCode(created.code()));
        });
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        return JsonApi.call(session, () -> {
            RaCodes codes = new RaCodes(session, lookups.realm());
            RaCodeEntity code = codes.find(id)
                    .orElseThrow(() -> EfpException.notFound(
                            "unknown_ra_code", "Code responsable des accès inconnu : « " + id + " »."));
            caller.requireManage(EfpApplication.byInternalId(lookups.realm(), code.getClientId())
                    .orElseThrow());
            codes.revoke(caller.actor(), code);
            return Response.noContent().build();
        });
    }
}
