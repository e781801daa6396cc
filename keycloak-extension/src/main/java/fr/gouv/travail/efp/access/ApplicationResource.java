package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.authorization.CompanyCaller;
import fr.gouv.travail.efp.authorization.RightsReader;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.AccessManagers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** {@code efp-access/applications/{clientId}}: one application, for the authenticated caller. */
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    private final KeycloakSession session;
    private final UserModel user;
    private final EfpApplication application;

    private ApplicationResource(KeycloakSession session, UserModel user, EfpApplication application) {
        this.session = session;
        this.user = user;
        this.application = application;
    }

    static ApplicationResource resolve(KeycloakSession session, UserModel user, String clientId) {
        EfpApplication application = EfpApplication.find(session.getContext().getRealm(), clientId)
                .orElseThrow(() ->
                        EfpException.notFound("unknown_application", "Application inconnue : « " + clientId + " »."));
        return new ApplicationResource(session, user, application);
    }

    private RealmModel realm() {
        return session.getContext().getRealm();
    }

    /** Every company of the application (a habilitation or a pending request on it), for its admins, support agents and the administrators. */
    @GET
    @Path("companies")
    public Response companies(
            @QueryParam("search") String search, @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        return JsonApi.call(session, () -> {
            RightsReader.of(realm(), user, application)
                    .requireReadCompaniesOf(application.clientId(), application.displayName());
            if (search != null && search.length() > 200)
                throw EfpException.badRequest("invalid_search", "La recherche ne peut dépasser 200 caractères.");
            int from = first == null ? 0 : Math.max(0, first);
            int size = max == null ? 20 : Math.min(100, Math.max(1, max));
            return ApplicationCompanies.page(session, realm(), application, search, from, size);
        });
    }

    /**
     * The company directory (the one the access gate searches), for the same people as the
     * listing above: a company with no habilitation or request on the application is found too.
     */
    @GET
    @Path("directory")
    public Response directory(@QueryParam("search") String search, @QueryParam("max") Integer max) {
        return JsonApi.call(session, () -> {
            RightsReader.of(realm(), user, application)
                    .requireReadCompaniesOf(application.clientId(), application.displayName());
            return ApplicationCompanies.directory(session, realm(), application, search, max == null ? 20 : max);
        });
    }

    /** Body of an opening: the SIRET of an establishment of the directory. */
    public record Opening(String siret) {}

    /**
     * Opens a company of the directory for the application (it becomes a company of the realm if
     * it was not one), so that its admins name its first access manager: those who manage every
     * company of the application only (its admins, the administrators), not its support agents.
     */
    @POST
    @Path("companies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(Opening body) {
        return JsonApi.call(session, () -> {
            RightsReader.of(realm(), user, application)
                    .requireManage(application.clientId(), application.displayName());
            if (body == null || body.siret() == null || body.siret().isBlank())
                throw EfpException.badRequest(
                        "missing_siret", "Corps JSON attendu : {siret}, le SIRET de l'établissement.");
            return ApplicationCompanies.open(session, realm(), application, body.siret());
        });
    }

    /** One company of the application: the caller's rights over the pair are read once, then each capability's resource acts. */
    @Path("companies/{siret}")
    public CompanyResource company(@PathParam("siret") String siret) {
        return AccessResource.locate(session, () -> {
            Company company = new Companies(session)
                    .byAlias(siret)
                    .orElseThrow(() ->
                            EfpException.notFound("unknown_company", "Établissement inconnu : « " + siret + " »."));
            RealmModel realm = realm();
            CompanyCaller caller = new CompanyCaller(
                    user,
                    AuditLog.Actor.of(session, user),
                    application,
                    company,
                    RightsReader.over(session, realm, user, application, company),
                    (subject, template, subjectKey) -> AccessManagers.notifyChange(
                            session, realm, user, application, company, subject, template, subjectKey));
            return new CompanyResource(session, caller);
        });
    }
}
