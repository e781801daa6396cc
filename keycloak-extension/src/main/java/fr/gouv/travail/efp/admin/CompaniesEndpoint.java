package fr.gouv.travail.efp.admin;

import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.company.CompanyInput;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.keycloak.models.KeycloakSession;

/** Company establishments and ministerial structures: staff read, administrators declare. */
@Produces(MediaType.APPLICATION_JSON)
public class CompaniesEndpoint {

    private final KeycloakSession session;
    private final Caller caller;

    CompaniesEndpoint(KeycloakSession session, Caller caller) {
        this.session = session;
        this.caller = caller;
    }

    @GET
    public Response search(
            @QueryParam("search") String search, @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        return JsonApi.call(
                session,
                () -> JsonApi.json(
                        200,
                        Map.of(
                                "items",
                                new Companies(session)
                                        .search(search, Api.first(first), Api.max(max)).stream()
                                                .map(Views.CompanyView::of)
                                                .toList())));
    }

    @GET
    @Path("{alias}")
    public Response get(@PathParam("alias") String alias) {
        return JsonApi.call(
                session, () -> JsonApi.json(200, Views.CompanyView.of(new Lookups(session).company(alias))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CompanyInput input) {
        return JsonApi.call(session, () -> {
            caller.rights().requireManageCompanies();
            if (input == null) {
                throw EfpException.badRequest(
                        "missing_body", "Corps JSON attendu : {kind, siret | code, name, address}.");
            }
            Company company = new Companies(session).create(input);
            new AuditLog(session, session.getContext().getRealm())
                    .record(
                            caller.actor(),
                            AuditAction.COMPANY_CREATED,
                            null,
                            company.id(),
                            null,
                            Map.of("alias", company.alias(), "kind", company.kind()));
            return JsonApi.json(201, Views.CompanyView.of(company));
        });
    }
}
