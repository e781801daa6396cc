package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.caller.ApiAudience;
import fr.gouv.travail.efp.caller.BearerCaller;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.invitation.rest.InvitationPreviewResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * {@code /realms/{realm}/efp-access}: what "Mon compte" calls, a root of sub-resources. {@code me/…}
 * for the signed-in person ({@link MeResource}); {@code applications/{clientId}/…} for whoever
 * administers, supports or manages access to that application ({@link ApplicationResource}, then
 * {@link CompanyResource} for one company). The caller is authenticated once, in the locator,
 * with a token issued for this API ({@link ApiAudience#ACCESS}): a person through Mon compte or
 * their own CLI session, never an application's or a service account's token. The API, not the
 * page, decides who may do what; every refusal is a JSON error with a French message, and
 * nothing is stored.
 */
@Produces(MediaType.APPLICATION_JSON)
public class AccessResource implements RealmResourceProvider {

    private final KeycloakSession session;

    public AccessResource(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return this;
    }

    @Path("me")
    public MeResource me() {
        return new MeResource(session, locate(session, this::person));
    }

    /** The invitation page before signing in: no token, the link's secret in the body. */
    @Path("invitations")
    public InvitationPreviewResource invitations() {
        return new InvitationPreviewResource(session);
    }

    @Path("applications/{clientId}")
    public ApplicationResource application(@PathParam("clientId") String clientId) {
        return locate(session, () -> ApplicationResource.resolve(session, person(), clientId));
    }

    /**
     * An address of no endpoint answers 404 (the body is ErrorContractFilter's): RESTEasy would
     * answer 405 for a verb a level of locators declares no method for.
     */
    @GET
    @Path("{unknown: .*}")
    public Response unknown() {
        return notFound();
    }

    static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).build();
    }

    private UserModel person() {
        return BearerCaller.authenticate(session, ApiAudience.ACCESS);
    }

    /**
     * Runs the work of a locator: a refusal there (401, 403, 404) becomes the same JSON error an
     * endpoint answers, before any sub-resource runs, and the transaction rolls back.
     */
    static <T> T locate(KeycloakSession session, Supplier<T> work) {
        try {
            return work.get();
        } catch (EfpException e) {
            session.getTransactionManager().setRollbackOnly();
            throw new WebApplicationException(JsonApi.error(e));
        }
    }

    @Override
    public void close() {}
}
