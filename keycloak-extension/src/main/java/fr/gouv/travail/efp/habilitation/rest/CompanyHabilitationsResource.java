package fr.gouv.travail.efp.habilitation.rest;

import fr.gouv.travail.efp.authorization.CompanyCaller;
import fr.gouv.travail.efp.authorization.CompanyScopedResource;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.habilitation.HabilitationEntity;
import fr.gouv.travail.efp.habilitation.HabilitationMails;
import fr.gouv.travail.efp.habilitation.HabilitationRequest;
import fr.gouv.travail.efp.habilitation.HabilitationSettings;
import fr.gouv.travail.efp.habilitation.Habilitations;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * {@code efp-access/…/companies/{siret}/habilitations}: those who manage the pair grant, change
 * and revoke its habilitations. The holder is told of every change they did not make themselves;
 * a change made by an access manager is also told to the others.
 */
@Produces(MediaType.APPLICATION_JSON)
public class CompanyHabilitationsResource extends CompanyScopedResource {

    /** What a grant answers. */
    public record Granted(String id) {}

    public CompanyHabilitationsResource(KeycloakSession session, CompanyCaller caller) {
        super(session, caller);
    }

    /** Grants a habilitation to an existing user: a colleague, a third party (with an end date), another access manager. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(Grant grant) {
        return manage(() -> {
            if (grant == null || grant.user() == null || grant.user().isBlank())
                throw EfpException.badRequest("missing_user", "Indiquez l'adresse électronique de la personne.");
            UserModel target =
                    session.users().getUserByEmail(realm(), grant.user().trim());
            if (target == null)
                throw EfpException.notFound(
                        "unknown_user", "Aucun compte EFP Connect pour cette adresse : invitez la personne.");
            Habilitations habilitations = new Habilitations(session, realm());
            boolean wasAccessManager = wasAccessManager(habilitations, target);
            Habilitations.Granted granted = habilitations.grant(
                    caller.actor(),
                    target,
                    caller.application(),
                    caller.company(),
                    check(target.getId(), grant, grant.kind()));
            mails().afterGrant(
                            caller.user(),
                            caller.application(),
                            caller.company(),
                            target,
                            granted,
                            wasAccessManager,
                            caller.rights().notifiesCompany());
            return Response.status(granted.created() ? 201 : 200)
                    .entity(new Granted(granted.habilitation().getId()))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        });
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, Grant grant) {
        return manage(() -> {
            HabilitationEntity h = habilitation(id);
            UserModel target = session.users().getUserById(realm(), h.getUserId());
            if (grant == null)
                throw EfpException.badRequest(
                        "missing_body", "Corps JSON attendu : {roles, accessManager, kind, expiresAt}.");
            boolean wasAccessManager = h.isAccessManager();
            Habilitations.Granted granted = new Habilitations(session, realm())
                    .grant(
                            caller.actor(),
                            target,
                            caller.application(),
                            caller.company(),
                            check(h.getUserId(), grant, grant.kind() == null ? h.getKind() : grant.kind()));
            mails().afterGrant(
                            caller.user(),
                            caller.application(),
                            caller.company(),
                            target,
                            granted,
                            wasAccessManager,
                            caller.rights().notifiesCompany());
            return Response.noContent().build();
        });
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        return manage(() -> {
            HabilitationEntity h = habilitation(id);
            UserModel target = session.users().getUserById(realm(), h.getUserId());
            HabilitationMails.State before = HabilitationMails.State.of(h);
            new Habilitations(session, realm()).revoke(caller.actor(), h);
            mails().afterRevoke(
                            caller.user(),
                            caller.application(),
                            caller.company(),
                            target,
                            before,
                            caller.rights().notifiesCompany());
            return Response.noContent().build();
        });
    }

    private HabilitationRequest.Checked check(String userId, Grant grant, String kind) {
        return new HabilitationRequest(
                        userId,
                        caller.application().clientId(),
                        caller.company().alias(),
                        grant.roles(),
                        grant.accessManager(),
                        kind,
                        grant.expiresAt())
                .check(
                        caller.application().grantableRoles(),
                        caller.application().displayName(),
                        Instant.now(),
                        HabilitationSettings.of(realm()));
    }

    private HabilitationMails mails() {
        return new HabilitationMails(session, realm());
    }

    private boolean wasAccessManager(Habilitations habilitations, UserModel target) {
        return habilitations
                .of(target.getId(), caller.application().id(), caller.company().id())
                .map(HabilitationEntity::isAccessManager)
                .orElse(false);
    }

    private HabilitationEntity habilitation(String id) {
        return caller.ofPair(new Habilitations(session, realm()).find(id), "unknown_habilitation", "Habilitation");
    }
}
