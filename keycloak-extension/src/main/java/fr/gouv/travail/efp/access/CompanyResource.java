package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.authorization.CompanyCaller;
import fr.gouv.travail.efp.habilitation.rest.CompanyHabilitationsResource;
import fr.gouv.travail.efp.habilitation.rest.HabilitatedUsersResource;
import fr.gouv.travail.efp.invitation.rest.CompanyInvitationsResource;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.keycloak.models.KeycloakSession;

/**
 * {@code efp-access/applications/{clientId}/companies/{siret}}: access management of one
 * application for one company. The caller, the pair and the caller's rights over it are resolved
 * once ({@link CompanyCaller}); each capability's resource checks whether the caller may read or
 * manage, then acts.
 */
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {

    private final KeycloakSession session;
    private final CompanyCaller caller;

    CompanyResource(KeycloakSession session, CompanyCaller caller) {
        this.session = session;
        this.caller = caller;
    }

    @Path("requests")
    public CompanyRequestsResource requests() {
        return new CompanyRequestsResource(session, caller);
    }

    @Path("habilitations")
    public CompanyHabilitationsResource habilitations() {
        return new CompanyHabilitationsResource(session, caller);
    }

    @Path("users")
    public HabilitatedUsersResource users() {
        return new HabilitatedUsersResource(session, caller);
    }

    @Path("invitations")
    public CompanyInvitationsResource invitations() {
        return new CompanyInvitationsResource(session, caller);
    }
}
