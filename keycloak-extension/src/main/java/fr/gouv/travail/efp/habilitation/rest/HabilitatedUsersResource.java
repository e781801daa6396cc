package fr.gouv.travail.efp.habilitation.rest;

import fr.gouv.travail.efp.authorization.CompanyCaller;
import fr.gouv.travail.efp.authorization.CompanyScopedResource;
import fr.gouv.travail.efp.habilitation.HabilitatedUsers;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/** {@code efp-access/…/companies/{siret}/users}: the people habilitated on the pair, a page at a time, for those who may read it. */
@Produces(MediaType.APPLICATION_JSON)
public class HabilitatedUsersResource extends CompanyScopedResource {

    public HabilitatedUsersResource(KeycloakSession session, CompanyCaller caller) {
        super(session, caller);
    }

    @GET
    public Response page(
            @QueryParam("search") String search,
            @QueryParam("role") String role,
            @QueryParam("first") Integer first,
            @QueryParam("max") Integer max,
            @QueryParam("counts") Boolean counts) {
        return read(() -> {
            int from = first == null ? 0 : Math.max(0, first);
            int size = max == null ? 50 : Math.min(200, Math.max(1, max));
            return HabilitatedUsers.page(
                    session,
                    realm(),
                    caller.application(),
                    caller.company(),
                    search,
                    role,
                    from,
                    size,
                    counts == null || counts);
        });
    }
}
