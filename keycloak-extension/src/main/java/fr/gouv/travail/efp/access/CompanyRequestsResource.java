package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.authorization.CompanyCaller;
import fr.gouv.travail.efp.authorization.CompanyScopedResource;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.habilitation.HabilitationRequest;
import fr.gouv.travail.efp.habilitation.rest.Grant;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/** {@code …/companies/{siret}/requests}: the pending access requests of the pair, approved or refused by those who manage it. */
@Produces(MediaType.APPLICATION_JSON)
public class CompanyRequestsResource extends CompanyScopedResource {

    /** Body of a refusal. */
    public record Refusal(String reason) {}

    CompanyRequestsResource(KeycloakSession session, CompanyCaller caller) {
        super(session, caller);
    }

    @GET
    public Response pending() {
        return read(() -> {
            Companies companies = new Companies(session);
            return caller.listing(new AccessRequests(session, realm())
                    .pendingFor(caller.application().id(), caller.company().id(), 0, 500).stream()
                            .map(r -> RequestView.of(
                                    realm(), r, companies, session.users().getUserById(realm(), r.getUserId())))
                            .toList());
        });
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("id") String id, Grant grant) {
        return manage(() -> {
            AccessRequestEntity request = pendingRequest(id);
            UserModel requester = requester(request);
            Grant body = grant == null ? new Grant(null, List.of(), false, null, null) : grant;
            new AccessRequests(session, realm())
                    .approve(
                            caller.actor(),
                            request,
                            new HabilitationRequest(
                                    requester.getId(),
                                    caller.application().clientId(),
                                    caller.company().alias(),
                                    body.roles(),
                                    body.accessManager(),
                                    body.kind(),
                                    body.expiresAt()),
                            caller.application(),
                            caller.company(),
                            requester);
            caller.notifyCompany(requester, "efp-habilitation-granted.ftl", "efpHabilitationGrantedSubject");
            return Response.noContent().build();
        });
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refuse(@PathParam("id") String id, Refusal refusal) {
        return manage(() -> {
            AccessRequestEntity request = pendingRequest(id);
            UserModel requester = requester(request);
            new AccessRequests(session, realm())
                    .refuse(
                            caller.actor(),
                            request,
                            refusal == null ? null : refusal.reason(),
                            caller.application(),
                            caller.company(),
                            requester);
            return Response.noContent().build();
        });
    }

    /** A request of the pair, which the caller may decide: not their own. */
    private AccessRequestEntity pendingRequest(String id) {
        AccessRequestEntity request =
                caller.ofPair(new AccessRequests(session, realm()).find(id), "unknown_request", "Demande");
        caller.rights().requireDecide(request.getUserId().equals(caller.user().getId()));
        return request;
    }

    private UserModel requester(AccessRequestEntity request) {
        UserModel requester = session.users().getUserById(realm(), request.getUserId());
        if (requester == null) throw EfpException.notFound("unknown_user", "Le demandeur n'existe plus.");
        return requester;
    }
}
