package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.application.ApplicationRules;
import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.migration.MigrationEndpoint;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * {@code /realms/{realm}/efp-admin}: the admin API of EFP Connect (applications, companies,
 * habilitations, access requests, RA codes, users, audit log, CSV exports). Every call needs a bearer token of the realm whose user
 * is an administrator, an application admin or a support agent; each endpoint then checks the
 * application and company it touches.
 */
public class AdminResource implements RealmResourceProvider {

    private final KeycloakSession session;

    public AdminResource(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return this;
    }

    @GET
    @Path("applications")
    @Produces(MediaType.APPLICATION_JSON)
    public Response applications() {
        Caller caller = Api.staff(session);
        return JsonApi.call(
                session,
                () -> JsonApi.json(
                        200,
                        new ApplicationsEndpoint.ApplicationList(
                                EfpApplication.all(session.getContext().getRealm())
                                        .filter(application -> caller.rights().canRead(application.clientId()))
                                        .map(Views.ApplicationView::of)
                                        .toList(),
                                caller.rights().administrator() ? List.of("create") : List.of())));
    }

    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response createApplication(ApplicationRules.Input body) {
        return new ApplicationsEndpoint(session, Api.staff(session)).create(body);
    }

    @GET
    @Path("applications/{clientId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response application(@PathParam("clientId") String clientId) {
        return new ApplicationsEndpoint(session, Api.staff(session)).show(clientId);
    }

    @PUT
    @Path("applications/{clientId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response updateApplication(@PathParam("clientId") String clientId, ApplicationRules.Input body) {
        return new ApplicationsEndpoint(session, Api.staff(session)).update(clientId, body);
    }

    @POST
    @Path("applications/{clientId}/secret")
    @Produces(MediaType.APPLICATION_JSON)
    public Response rotateApplicationSecret(@PathParam("clientId") String clientId) {
        return new ApplicationsEndpoint(session, Api.staff(session)).rotateSecret(clientId);
    }

    @Path("companies")
    public CompaniesEndpoint companies() {
        return new CompaniesEndpoint(session, Api.staff(session));
    }

    @Path("habilitations")
    public HabilitationsEndpoint habilitations() {
        return new HabilitationsEndpoint(session, Api.staff(session));
    }

    @Path("requests")
    public RequestsEndpoint requests() {
        return new RequestsEndpoint(session, Api.staff(session));
    }

    @Path("ra-codes")
    public RaCodesEndpoint raCodes() {
        return new RaCodesEndpoint(session, Api.staff(session));
    }

    @Path("directory")
    public DirectoryEndpoint directory() {
        return new DirectoryEndpoint(session, Api.staff(session));
    }

    @Path("users")
    public UsersEndpoint users() {
        return new UsersEndpoint(session, Api.staff(session));
    }

    @Path("audit")
    public AuditEndpoint audit() {
        return new AuditEndpoint(session, Api.staff(session));
    }

    @Path("exports")
    public ExportsEndpoint exports() {
        return new ExportsEndpoint(session, Api.staff(session));
    }

    @Path("migration")
    public MigrationEndpoint migration() {
        Caller caller = Api.staff(session);
        return new MigrationEndpoint(session, caller.rights(), caller.actor());
    }

    @Override
    public void close() {}
}
