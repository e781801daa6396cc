package fr.gouv.travail.efp.invitation.rest;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.invitation.InvitationEntity;
import fr.gouv.travail.efp.invitation.Invitations;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/** {@code efp-access/me/invitations}: the invitee, signed in, accepts with the token of their link; they get the habilitation. */
@Produces(MediaType.APPLICATION_JSON)
public class InvitationAcceptanceResource {

    /** Body of an acceptance: the token of the invitation link. */
    public record Acceptance(String token) {}

    /** What the invitee now holds, and where to go. */
    public record Accepted(
            String application,
            String applicationName,
            String url,
            String siret,
            String companyName,
            List<String> roles,
            boolean accessManager,
            String kind,
            String expiresAt,
            Map<String, EfpApplication.RoleLabel> roleLabels) {

        static Accepted of(Invitations.Accepted accepted) {
            InvitationEntity invitation = accepted.invitation();
            return new Accepted(
                    accepted.application().clientId(),
                    accepted.application().displayName(),
                    accepted.application().url(),
                    accepted.company().alias(),
                    accepted.company().name(),
                    InvitationView.sorted(invitation.getRoles()),
                    invitation.isAccessManager(),
                    invitation.getKind(),
                    InvitationView.iso(invitation.getHabilitationExpiresAt()),
                    accepted.application().roleLabels());
        }
    }

    private final KeycloakSession session;
    private final UserModel user;

    public InvitationAcceptanceResource(KeycloakSession session, UserModel user) {
        this.session = session;
        this.user = user;
    }

    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response accept(Acceptance body) {
        return JsonApi.call(
                session,
                () -> Accepted.of(new Invitations(session, session.getContext().getRealm())
                        .accept(user, body == null ? null : body.token())));
    }
}
