package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.access.AccessRequestEntity;
import fr.gouv.travail.efp.access.AccessRequests;
import fr.gouv.travail.efp.access.RequestView;
import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.HabilitationRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * Pending access requests, and their decision: administrators anywhere, application admins on
 * theirs (agents' requests for their ministerial structure among them, which no access manager
 * decides), support agents read only; nobody decides their own request ({@code Rights}).
 */
@Produces(MediaType.APPLICATION_JSON)
public class RequestsEndpoint {

    /** Body of an approval: the roles to give, and what else a habilitation carries. */
    public record Approval(List<String> roles, Boolean accessManager, String kind, String expiresAt) {}

    /** Body of a refusal. */
    public record Refusal(String reason) {}

    private final KeycloakSession session;
    private final Caller caller;
    private final Lookups lookups;

    RequestsEndpoint(KeycloakSession session, Caller caller) {
        this.session = session;
        this.caller = caller;
        this.lookups = new Lookups(session);
    }

    @GET
    public Response list(
            @QueryParam("application") String application,
            @QueryParam("company") String company,
            @QueryParam("first") Integer first,
            @QueryParam("max") Integer max) {
        return JsonApi.call(session, () -> {
            String clientId = caller.listedApplication(lookups, application);
            String organizationId = Api.blankToNull(company) == null
                    ? null
                    : lookups.company(company).id();
            Companies companies = new Companies(session);
            return new Views.Items<>(new AccessRequests(session, lookups.realm())
                    .pending(clientId, organizationId, Api.first(first), Api.max(max)).stream()
                            .map(r -> RequestView.of(
                                    lookups.realm(),
                                    r,
                                    companies,
                                    session.users().getUserById(lookups.realm(), r.getUserId())))
                            .toList());
        });
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("id") String id, Approval approval) {
        return JsonApi.call(session, () -> {
            Decision decision = decision(id);
            Approval body = approval == null ? new Approval(List.of(), false, null, null) : approval;
            new AccessRequests(session, lookups.realm())
                    .approve(
                            caller.actor(),
                            decision.request(),
                            new HabilitationRequest(
                                    decision.requester().getId(),
                                    decision.application().clientId(),
                                    decision.company().alias(),
                                    body.roles(),
                                    body.accessManager(),
                                    body.kind(),
                                    body.expiresAt()),
                            decision.application(),
                            decision.company(),
                            decision.requester());
            return Response.noContent().build();
        });
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refuse(@PathParam("id") String id, Refusal refusal) {
        return JsonApi.call(session, () -> {
            Decision decision = decision(id);
            new AccessRequests(session, lookups.realm())
                    .refuse(
                            caller.actor(),
                            decision.request(),
                            refusal == null ? null : refusal.reason(),
                            decision.application(),
                            decision.company(),
                            decision.requester());
            return Response.noContent().build();
        });
    }

    private record Decision(
            AccessRequestEntity request, EfpApplication application, Company company, UserModel requester) {}

    /** The request, once the caller may decide it: they manage its application, and it is not theirs. */
    private Decision decision(String id) {
        AccessRequestEntity request = new AccessRequests(session, lookups.realm())
                .find(id)
                .orElseThrow(() -> EfpException.notFound("unknown_request", "Demande inconnue : « " + id + " »."));
        EfpApplication application = EfpApplication.byInternalId(lookups.realm(), request.getClientId())
                .orElseThrow(() -> EfpException.notFound("unknown_request", "Demande inconnue : « " + id + " »."));
        caller.rights()
                .requireDecide(
                        application.clientId(),
                        application.displayName(),
                        request.getUserId().equals(caller.user().getId()));
        Company company = new Companies(session)
                .byId(request.getOrganizationId())
                .orElseThrow(
                        () -> EfpException.notFound("unknown_company", "L'établissement de la demande n'existe plus."));
        UserModel requester = session.users().getUserById(lookups.realm(), request.getUserId());
        if (requester == null) throw EfpException.notFound("unknown_user", "Le demandeur n'existe plus.");
        return new Decision(request, application, company, requester);
    }
}
