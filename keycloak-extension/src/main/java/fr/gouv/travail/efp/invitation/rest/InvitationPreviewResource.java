package fr.gouv.travail.efp.invitation.rest;

import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.invitation.Invitations;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.keycloak.models.KeycloakSession;

/**
 * {@code efp-access/invitations/preview}: the one call of efp-access that needs no token, for
 * Mon compte's invitation page before its visitor signs in. The link's token goes in the body
 * (never in an address); the answer is the service and the company of a usable invitation, and
 * the same 404 for every other token.
 */
@Produces(MediaType.APPLICATION_JSON)
public class InvitationPreviewResource {

    private final KeycloakSession session;

    public InvitationPreviewResource(KeycloakSession session) {
        this.session = session;
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response preview(InvitationAcceptanceResource.Acceptance body) {
        return JsonApi.call(
                session,
                () -> new Invitations(session, session.getContext().getRealm())
                        .preview(body == null ? null : body.token())
                        .orElseThrow(() -> EfpException.notFound(
                                "unknown_invitation",
                                "Ce lien d'invitation ne fonctionne pas ou plus : utilisez le lien du dernier courriel reçu,"
                                        + " ou demandez au responsable des accès de vous renvoyer l'invitation.")));
    }
}
