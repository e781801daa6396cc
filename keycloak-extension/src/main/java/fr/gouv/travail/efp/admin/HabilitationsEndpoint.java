package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.HabilitationEntity;
import fr.gouv.travail.efp.habilitation.HabilitationMails;
import fr.gouv.travail.efp.habilitation.HabilitationRequest;
import fr.gouv.travail.efp.habilitation.HabilitationSettings;
import fr.gouv.travail.efp.habilitation.Habilitations;
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
import java.time.Instant;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/** Grant, list and revoke habilitations: administrators anywhere, application admins on theirs. */
@Produces(MediaType.APPLICATION_JSON)
public class HabilitationsEndpoint {

    private final KeycloakSession session;
    private final Caller caller;
    private final Lookups lookups;

    HabilitationsEndpoint(KeycloakSession session, Caller caller) {
        this.session = session;
        this.caller = caller;
        this.lookups = new Lookups(session);
    }

    @GET
    public Response list(
            @QueryParam("application") String application,
            @QueryParam("company") String company,
            @QueryParam("user") String user,
            @QueryParam("first") Integer first,
            @QueryParam("max") Integer max) {
        return JsonApi.call(session, () -> {
            String clientId = caller.listedApplication(lookups, application);
            String organizationId = Api.blankToNull(company) == null
                    ? null
                    : lookups.company(company).id();
            String userId =
                    Api.blankToNull(user) == null ? null : lookups.user(user).getId();
            Habilitations habilitations = new Habilitations(session, lookups.realm());
            Habilitations.Filter filter = new Habilitations.Filter(clientId, organizationId, userId);
            Views views = new Views(session);
            return new Views.Page<>(
                    habilitations.count(filter),
                    habilitations.list(filter, Api.first(first), Api.max(max)).stream()
                            .map(views::habilitation)
                            .toList());
        });
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return JsonApi.call(session, () -> {
            HabilitationEntity h = existing(id);
            caller.requireRead(EfpApplication.byInternalId(lookups.realm(), h.getClientId())
                    .orElseThrow());
            return JsonApi.json(200, new Views(session).habilitation(h));
        });
    }

    /** Creates the habilitation, or updates the one the user holds for that application and company. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(HabilitationRequest request) {
        return JsonApi.call(session, () -> {
            if (request == null) {
                throw EfpException.badRequest(
                        "missing_body",
                        "Corps JSON attendu : {user, application, company, roles, accessManager, kind, expiresAt}.");
            }
            EfpApplication application = lookups.application(request.application());
            caller.requireManage(application);
            Company company = lookups.company(request.company());
            UserModel user = lookups.user(request.user());
            HabilitationRequest.Checked checked = request.check(
                    application.grantableRoles(),
                    application.displayName(),
                    Instant.now(),
                    HabilitationSettings.of(lookups.realm()));
            Habilitations habilitations = new Habilitations(session, lookups.realm());
            boolean wasAccessManager = habilitations
                    .of(user.getId(), application.id(), company.id())
                    .map(HabilitationEntity::isAccessManager)
                    .orElse(false);
            Habilitations.Granted granted = habilitations.grant(caller.actor(), user, application, company, checked);
            // The person is told (unless they are the caller); the company's access managers are not.
            new HabilitationMails(session, lookups.realm())
                    .afterGrant(caller.user(), application, company, user, granted, wasAccessManager, false);
            return JsonApi.json(granted.created() ? 201 : 200, new Views(session).habilitation(granted.habilitation()));
        });
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        return JsonApi.call(session, () -> {
            HabilitationEntity h = existing(id);
            EfpApplication application = EfpApplication.byInternalId(lookups.realm(), h.getClientId())
                    .orElseThrow();
            caller.requireManage(application);
            HabilitationMails.State before = HabilitationMails.State.of(h);
            UserModel holder = session.users().getUserById(lookups.realm(), h.getUserId());
            Company company = new Companies(session).byId(h.getOrganizationId()).orElse(null);
            new Habilitations(session, lookups.realm()).revoke(caller.actor(), h);
            if (company != null) {
                new HabilitationMails(session, lookups.realm())
                        .afterRevoke(caller.user(), application, company, holder, before, false);
            }
            return Response.noContent().build();
        });
    }

    private HabilitationEntity existing(String id) {
        return new Habilitations(session, lookups.realm())
                .find(id)
                .orElseThrow(
                        () -> EfpException.notFound("unknown_habilitation", "Habilitation inconnue : « " + id + " »."));
    }
}
