package fr.gouv.travail.efp.invitation.rest;

import fr.gouv.travail.efp.authorization.CompanyCaller;
import fr.gouv.travail.efp.authorization.CompanyScopedResource;
import fr.gouv.travail.efp.invitation.InvitationEntity;
import fr.gouv.travail.efp.invitation.Invitations;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/** {@code efp-access/…/companies/{siret}/invitations}: those who manage the pair invite people by email, resend and cancel. */
@Produces(MediaType.APPLICATION_JSON)
public class CompanyInvitationsResource extends CompanyScopedResource {

    public CompanyInvitationsResource(KeycloakSession session, CompanyCaller caller) {
        super(session, caller);
    }

    @GET
    public Response pending() {
        return read(() -> {
            long now = System.currentTimeMillis();
            return caller.listing(new Invitations(session, realm())
                    .pendingFor(caller.application(), caller.company()).stream()
                            .map(i -> InvitationView.of(session, realm(), i, now))
                            .toList());
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(Invitations.Invite body) {
        return manage(() -> {
            InvitationEntity invitation = new Invitations(session, realm())
                    .invite(caller.actor(), caller.user(), caller.application(), caller.company(), body);
            return Response.status(201)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .header("Cache-Control", "no-store")
                    .entity(InvitationView.of(session, realm(), invitation, System.currentTimeMillis()))
                    .build();
        });
    }

    @POST
    @Path("{id}/resend")
    public Response resend(@PathParam("id") String id) {
        return manage(() -> {
            InvitationEntity invitation = new Invitations(session, realm())
                    .resend(caller.actor(), caller.user(), invitation(id), caller.application(), caller.company());
            return InvitationView.of(session, realm(), invitation, System.currentTimeMillis());
        });
    }

    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") String id) {
        return manage(() -> {
            new Invitations(session, realm())
                    .cancel(caller.actor(), invitation(id), caller.application(), caller.company());
            return Response.noContent().build();
        });
    }

    private InvitationEntity invitation(String id) {
        return caller.ofPair(new Invitations(session, realm()).find(id), "unknown_invitation", "Invitation");
    }
}
