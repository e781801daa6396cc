package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.caller.ApiAudience;
import fr.gouv.travail.efp.caller.BearerCaller;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.common.PersonName;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.AccessManagers;
import fr.gouv.travail.efp.habilitation.HabilitationEntity;
import fr.gouv.travail.efp.habilitation.HabilitationRequest;
import fr.gouv.travail.efp.habilitation.HabilitationSettings;
import fr.gouv.travail.efp.habilitation.Habilitations;
import fr.gouv.travail.efp.invitation.InvitationEntity;
import fr.gouv.travail.efp.invitation.InvitationStatus;
import fr.gouv.travail.efp.invitation.Invitations;
import fr.gouv.travail.efp.jpa.Jpa;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * {@code /realms/{realm}/efp-access}: what "Mon compte" calls. {@code me/…} for the signed-in
 * user; {@code applications/{clientId}/companies/{siret}/…} for whoever manages access to that
 * application for that company ({@link Manager}). The API, not the page, decides who may do
 * what; every refusal is a JSON error with a French message, and nothing is stored.
 */
@Produces(MediaType.APPLICATION_JSON)
public class AccessResource implements RealmResourceProvider {

    /** Body of an approval, a grant or an update. */
    public record Grant(String user, List<String> roles, Boolean accessManager, String kind, String expiresAt) {
    }

    /** Body of a refusal. */
    public record Refusal(String reason) {
    }

    private final KeycloakSession session;

    public AccessResource(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return this;
    }

    private RealmModel realm() {
        return session.getContext().getRealm();
    }

    /** The person calling, through Mon compte or their own CLI session (never an application's or a service account's token). */
    private UserModel me() {
        return BearerCaller.authenticate(session, ApiAudience.ACCESS);
    }

    private Response call(Supplier<Object> body) {
        return JsonApi.call(session, body);
    }

    private AuditLog.Actor actor(UserModel user) {
        var connection = session.getContext().getConnection();
        return new AuditLog.Actor(user.getId(), user.getUsername(), connection == null ? null : connection.getRemoteAddr());
    }

    // ---- me ----

    @GET
    @Path("me/applications")
    public Response myApplications() {
        return call(() -> {
            UserModel user = me();
            Companies companies = new Companies(session);
            Map<String, Map<String, Object>> byApplication = new TreeMap<>();
            long now = System.currentTimeMillis();
            for (HabilitationEntity h : Jpa.em(session).createQuery("select h from HabilitationEntity h where h.realmId = :realm and h.userId = :user", HabilitationEntity.class)
                    .setParameter("realm", realm().getId()).setParameter("user", user.getId()).getResultList()) {
                if (h.getExpiresAt() != null && h.getExpiresAt() <= now) continue;
                EfpApplication application = EfpApplication.byInternalId(realm(), h.getClientId()).orElse(null);
                Company company = companies.byId(h.getOrganizationId()).orElse(null);
                if (application == null || company == null) continue;
                Map<String, Object> entry = byApplication.computeIfAbsent(application.clientId(), key -> {
                    Map<String, Object> view = new LinkedHashMap<>();
                    view.put("clientId", application.clientId());
                    view.put("name", application.displayName());
                    view.put("description", application.description());
                    view.put("url", application.url());
                    view.put("companies", new ArrayList<Map<String, Object>>());
                    return view;
                });
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> list = (List<Map<String, Object>>) entry.get("companies");
                list.add(Map.of("siret", company.alias(), "name", company.name(), "roles", new ArrayList<>(new java.util.TreeSet<>(h.getRoles())), "accessManager", h.isAccessManager()));
            }
            return Map.of("items", new ArrayList<>(byApplication.values()));
        });
    }

    @GET
    @Path("me/requests")
    public Response myRequests() {
        return call(() -> {
            UserModel user = me();
            Companies companies = new Companies(session);
            return Map.of("items", new AccessRequests(session, realm()).ofUser(user.getId()).stream().map(r -> requestView(r, companies, null)).toList());
        });
    }

    /** Body of a new request. */
    public record NewRequest(String application, String siret, String description) {
    }

    /** Asks for access to an application for a company (as the gate page does). */
    @POST
    @Path("me/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(NewRequest body) {
        return call(() -> {
            UserModel user = me();
            if (body == null) throw EfpException.badRequest("missing_body", "Corps JSON attendu : {application, siret, description}.");
            EfpApplication application = EfpApplication.find(realm(), body.application())
                    .orElseThrow(() -> EfpException.notFound("unknown_application", "Application inconnue : « " + body.application() + " »."));
            Company company = new Companies(session).byAlias(body.siret()).filter(Company::isCompany)
                    .orElseThrow(() -> EfpException.notFound("unknown_company", "Établissement inconnu : « " + body.siret() + " »."));
            AccessRequests.Submitted submitted = new AccessRequests(session, realm()).submit(user, application, company, body.description(),
                    AccessRequests.managementLink(session, realm(), application, company));
            return Response.status(submitted.created() ? 201 : 200).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(requestView(submitted.request(), new Companies(session), null)).build();
        });
    }

    @DELETE
    @Path("me/requests/{id}")
    public Response cancelMyRequest(@PathParam("id") String id) {
        return call(() -> {
            UserModel user = me();
            AccessRequests requests = new AccessRequests(session, realm());
            AccessRequestEntity request = requests.find(id).filter(r -> r.getUserId().equals(user.getId()))
                    .orElseThrow(() -> EfpException.notFound("unknown_request", "Demande inconnue."));
            requests.cancel(user, request);
            return Response.noContent().build();
        });
    }

    /** The (application, company) pairs the user manages as access manager. */
    @GET
    @Path("me/managed")
    public Response managed() {
        return call(() -> {
            UserModel user = me();
            Companies companies = new Companies(session);
            long now = System.currentTimeMillis();
            List<Map<String, Object>> items = new ArrayList<>();
            for (HabilitationEntity h : Jpa.em(session).createQuery("select h from HabilitationEntity h where h.realmId = :realm and h.userId = :user and h.accessManager = true", HabilitationEntity.class)
                    .setParameter("realm", realm().getId()).setParameter("user", user.getId()).getResultList()) {
                if (h.getExpiresAt() != null && h.getExpiresAt() <= now) continue;
                EfpApplication application = EfpApplication.byInternalId(realm(), h.getClientId()).orElse(null);
                Company company = companies.byId(h.getOrganizationId()).orElse(null);
                if (application == null || company == null) continue;
                long pending = Jpa.em(session).createQuery("select count(r) from AccessRequestEntity r where r.realmId = :realm and r.clientId = :client and r.organizationId = :org and r.status = 'PENDING'", Long.class)
                        .setParameter("realm", realm().getId()).setParameter("client", application.id()).setParameter("org", company.id()).getSingleResult();
                items.add(Map.of("application", application.clientId(), "applicationName", application.displayName(), "siret", company.alias(), "companyName", company.name(), "pendingRequests", pending));
            }
            return Map.of("items", items);
        });
    }

    /** The applications whose every company the user may see (application admin, support, administrator). */
    @GET
    @Path("me/administered")
    public Response administered() {
        return call(() -> {
            UserModel user = me();
            List<Map<String, Object>> items = EfpApplication.all(realm())
                    .map(application -> Map.entry(application, Manager.ofApplication(realm(), user, application)))
                    .filter(entry -> entry.getValue().canRead())
                    .map(entry -> Map.<String, Object>of("application", entry.getKey().clientId(), "applicationName", entry.getKey().displayName(), "canManage", entry.getValue().canManage()))
                    .toList();
            return Map.of("items", items);
        });
    }

    /** Every company of an application (a habilitation or a pending request on it), for its admins. */
    @GET
    @Path("applications/{clientId}/companies")
    public Response applicationCompanies(@PathParam("clientId") String clientId, @QueryParam("search") String search, @QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        return call(() -> {
            UserModel user = me();
            EfpApplication application = EfpApplication.find(realm(), clientId)
                    .orElseThrow(() -> EfpException.notFound("unknown_application", "Application inconnue : « " + clientId + " »."));
            Manager.ofApplication(realm(), user, application).requireReadApplication(application);
            if (search != null && search.length() > 200) throw EfpException.badRequest("invalid_search", "La recherche ne peut dépasser 200 caractères.");
            int from = first == null ? 0 : Math.max(0, first);
            int size = max == null ? 20 : Math.min(100, Math.max(1, max));
            return ApplicationCompanies.page(session, realm(), application, search, from, size);
        });
    }

    // ---- management of one application for one company ----

    private record Scope(UserModel user, EfpApplication application, Company company, Manager manager) {
    }

    private Scope scope(String clientId, String siret, boolean write) {
        UserModel user = me();
        EfpApplication application = EfpApplication.find(realm(), clientId)
                .orElseThrow(() -> EfpException.notFound("unknown_application", "Application inconnue : « " + clientId + " »."));
        Company company = new Companies(session).byAlias(siret)
                .orElseThrow(() -> EfpException.notFound("unknown_company", "Établissement inconnu : « " + siret + " »."));
        Manager manager = Manager.of(session, realm(), user, application, company);
        if (write) manager.requireManage(); else manager.requireRead();
        return new Scope(user, application, company, manager);
    }

    @GET
    @Path("applications/{clientId}/companies/{siret}/users")
    public Response users(@PathParam("clientId") String clientId, @PathParam("siret") String siret, @QueryParam("search") String search,
            @QueryParam("role") String role, @QueryParam("first") Integer first, @QueryParam("max") Integer max, @QueryParam("counts") Boolean counts) {
        return call(() -> {
            Scope scope = scope(clientId, siret, false);
            int from = first == null ? 0 : Math.max(0, first);
            int size = max == null ? 50 : Math.min(200, Math.max(1, max));
            return HabilitatedUsers.page(session, realm(), scope.application(), scope.company(), search, role, from, size, counts == null || counts);
        });
    }

    @GET
    @Path("applications/{clientId}/companies/{siret}/requests")
    public Response pendingRequests(@PathParam("clientId") String clientId, @PathParam("siret") String siret) {
        return call(() -> {
            Scope scope = scope(clientId, siret, false);
            Companies companies = new Companies(session);
            return Map.of("items", new AccessRequests(session, realm()).pendingFor(scope.application().id(), scope.company().id(), 0, 500).stream()
                    .map(r -> requestView(r, companies, session.users().getUserById(realm(), r.getUserId()))).toList(),
                    "roles", scope.application().grantableRoles());
        });
    }

    private AccessRequestEntity pendingRequest(Scope scope, String id) {
        return new AccessRequests(session, realm()).find(id)
                .filter(r -> r.getClientId().equals(scope.application().id()) && r.getOrganizationId().equals(scope.company().id()))
                .orElseThrow(() -> EfpException.notFound("unknown_request", "Demande inconnue pour cette application et cet établissement."));
    }

    @POST
    @Path("applications/{clientId}/companies/{siret}/requests/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("clientId") String clientId, @PathParam("siret") String siret, @PathParam("id") String id, Grant grant) {
        return call(() -> {
            Scope scope = scope(clientId, siret, true);
            AccessRequestEntity request = pendingRequest(scope, id);
            UserModel requester = requester(request);
            Grant body = grant == null ? new Grant(null, List.of(), false, null, null) : grant;
            new AccessRequests(session, realm()).approve(actor(scope.user()), request,
                    new HabilitationRequest(requester.getId(), clientId, siret, body.roles(), body.accessManager(), body.kind(), body.expiresAt()),
                    scope.application(), scope.company(), requester);
            notifyCompany(scope, requester, "efp-habilitation-granted.ftl", "efpHabilitationGrantedSubject");
            return Response.noContent().build();
        });
    }

    @POST
    @Path("applications/{clientId}/companies/{siret}/requests/{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response refuse(@PathParam("clientId") String clientId, @PathParam("siret") String siret, @PathParam("id") String id, Refusal refusal) {
        return call(() -> {
            Scope scope = scope(clientId, siret, true);
            AccessRequestEntity request = pendingRequest(scope, id);
            UserModel requester = requester(request);
            new AccessRequests(session, realm()).refuse(actor(scope.user()), request, refusal == null ? null : refusal.reason(), scope.application(), scope.company(), requester);
            return Response.noContent().build();
        });
    }

    /** Grants a habilitation to an existing user: a colleague, a third party (with an end date), another access manager. */
    @POST
    @Path("applications/{clientId}/companies/{siret}/habilitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(@PathParam("clientId") String clientId, @PathParam("siret") String siret, Grant grant) {
        return call(() -> {
            Scope scope = scope(clientId, siret, true);
            if (grant == null || grant.user() == null || grant.user().isBlank()) throw EfpException.badRequest("missing_user", "Indiquez l'adresse électronique de la personne.");
            UserModel target = session.users().getUserByEmail(realm(), grant.user().trim());
            if (target == null) throw EfpException.notFound("unknown_user", "Aucun compte EFP Connect pour cette adresse : invitez la personne.");
            HabilitationRequest.Checked checked = new HabilitationRequest(target.getId(), clientId, siret, grant.roles(), grant.accessManager(), grant.kind(), grant.expiresAt())
                    .check(scope.application().grantableRoles(), scope.application().displayName(), Instant.now(), HabilitationSettings.of(realm()));
            Habilitations.Granted granted = new Habilitations(session, realm()).grant(actor(scope.user()), target, scope.application(), scope.company(), checked);
            notifyCompany(scope, target, "efp-habilitation-granted.ftl", "efpHabilitationGrantedSubject");
            return Response.status(granted.created() ? 201 : 200).entity(Map.of("id", granted.habilitation().getId())).type(MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    @PUT
    @Path("applications/{clientId}/companies/{siret}/habilitations/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("clientId") String clientId, @PathParam("siret") String siret, @PathParam("id") String id, Grant grant) {
        return call(() -> {
            Scope scope = scope(clientId, siret, true);
            HabilitationEntity h = habilitation(scope, id);
            UserModel target = session.users().getUserById(realm(), h.getUserId());
            if (grant == null) throw EfpException.badRequest("missing_body", "Corps JSON attendu : {roles, accessManager, kind, expiresAt}.");
            HabilitationRequest.Checked checked = new HabilitationRequest(h.getUserId(), clientId, siret, grant.roles(), grant.accessManager(),
                    grant.kind() == null ? h.getKind() : grant.kind(), grant.expiresAt()).check(scope.application().grantableRoles(), scope.application().displayName(), Instant.now(), HabilitationSettings.of(realm()));
            new Habilitations(session, realm()).grant(actor(scope.user()), target, scope.application(), scope.company(), checked);
            notifyCompany(scope, target, "efp-habilitation-granted.ftl", "efpHabilitationGrantedSubject");
            return Response.noContent().build();
        });
    }

    @DELETE
    @Path("applications/{clientId}/companies/{siret}/habilitations/{id}")
    public Response revoke(@PathParam("clientId") String clientId, @PathParam("siret") String siret, @PathParam("id") String id) {
        return call(() -> {
            Scope scope = scope(clientId, siret, true);
            HabilitationEntity h = habilitation(scope, id);
            UserModel target = session.users().getUserById(realm(), h.getUserId());
            new Habilitations(session, realm()).revoke(actor(scope.user()), h);
            if (target != null) notifyCompany(scope, target, "efp-habilitation-revoked.ftl", "efpHabilitationRevokedSubject");
            return Response.noContent().build();
        });
    }

    private UserModel requester(AccessRequestEntity request) {
        UserModel requester = session.users().getUserById(realm(), request.getUserId());
        if (requester == null) throw EfpException.notFound("unknown_user", "Le demandeur n'existe plus.");
        return requester;
    }

    private HabilitationEntity habilitation(Scope scope, String id) {
        return new Habilitations(session, realm()).find(id)
                .filter(h -> h.getClientId().equals(scope.application().id()) && h.getOrganizationId().equals(scope.company().id()))
                .orElseThrow(() -> EfpException.notFound("unknown_habilitation", "Habilitation inconnue pour cette application et cet établissement."));
    }

    /** A change made by one of the company's access managers is told to all of them (admins' changes are not). */
    private void notifyCompany(Scope scope, UserModel subject, String template, String subjectKey) {
        if (scope.manager().notifiesCompany()) {
            AccessManagers.notifyChange(session, realm(), scope.user(), scope.application(), scope.company(), subject, template, subjectKey);
        }
    }

    // ---- invitations ----

    /** Body of an acceptance: the token of the invitation link. */
    public record Acceptance(String token) {
    }

    @GET
    @Path("applications/{clientId}/companies/{siret}/invitations")
    public Response pendingInvitations(@PathParam("clientId") String clientId, @PathParam("siret") String siret) {
        return call(() -> {
            Scope scope = scope(clientId, siret, false);
            long now = System.currentTimeMillis();
            return Map.of("items", new Invitations(session, realm()).pendingFor(scope.application(), scope.company()).stream().map(i -> invitationView(i, now)).toList(),
                    "roles", scope.application().grantableRoles());
        });
    }

    @POST
    @Path("applications/{clientId}/companies/{siret}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("clientId") String clientId, @PathParam("siret") String siret, Invitations.Invite body) {
        return call(() -> {
            Scope scope = scope(clientId, siret, true);
            InvitationEntity invitation = new Invitations(session, realm()).invite(actor(scope.user()), scope.user(), scope.application(), scope.company(), body);
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store")
                    .entity(invitationView(invitation, System.currentTimeMillis())).build();
        });
    }

    @POST
    @Path("applications/{clientId}/companies/{siret}/invitations/{id}/resend")
    public Response resendInvitation(@PathParam("clientId") String clientId, @PathParam("siret") String siret, @PathParam("id") String id) {
        return call(() -> {
            Scope scope = scope(clientId, siret, true);
            InvitationEntity invitation = new Invitations(session, realm()).resend(actor(scope.user()), scope.user(), invitation(scope, id), scope.application(), scope.company());
            return invitationView(invitation, System.currentTimeMillis());
        });
    }

    @DELETE
    @Path("applications/{clientId}/companies/{siret}/invitations/{id}")
    public Response cancelInvitation(@PathParam("clientId") String clientId, @PathParam("siret") String siret, @PathParam("id") String id) {
        return call(() -> {
            Scope scope = scope(clientId, siret, true);
            new Invitations(session, realm()).cancel(actor(scope.user()), invitation(scope, id), scope.application(), scope.company());
            return Response.noContent().build();
        });
    }

    /** The invitee, signed in, accepts with the token of their link; they get the habilitation. */
    @POST
    @Path("me/invitations/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response acceptInvitation(Acceptance body) {
        return call(() -> {
            UserModel user = me();
            Invitations.Accepted accepted = new Invitations(session, realm()).accept(user, body == null ? null : body.token());
            InvitationEntity invitation = accepted.invitation();
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("application", accepted.application().clientId());
            view.put("applicationName", accepted.application().displayName());
            view.put("url", accepted.application().url());
            view.put("siret", accepted.company().alias());
            view.put("companyName", accepted.company().name());
            view.put("roles", new ArrayList<>(new java.util.TreeSet<>(invitation.getRoles())));
            view.put("accessManager", invitation.isAccessManager());
            view.put("kind", invitation.getKind());
            view.put("expiresAt", invitation.getHabilitationExpiresAt() == null ? null : Instant.ofEpochMilli(invitation.getHabilitationExpiresAt()).toString());
            return view;
        });
    }

    private InvitationEntity invitation(Scope scope, String id) {
        return new Invitations(session, realm()).find(id)
                .filter(i -> i.getClientId().equals(scope.application().id()) && i.getOrganizationId().equals(scope.company().id()))
                .orElseThrow(() -> EfpException.notFound("unknown_invitation", "Invitation inconnue pour cette application et cet établissement."));
    }

    private Map<String, Object> invitationView(InvitationEntity i, long now) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", i.getId());
        view.put("email", i.getEmail());
        view.put("roles", new ArrayList<>(new java.util.TreeSet<>(i.getRoles())));
        view.put("accessManager", i.isAccessManager());
        view.put("kind", i.getKind());
        view.put("habilitationExpiresAt", i.getHabilitationExpiresAt() == null ? null : Instant.ofEpochMilli(i.getHabilitationExpiresAt()).toString());
        UserModel inviter = session.users().getUserById(realm(), i.getInvitedBy());
        view.put("invitedBy", inviter == null ? null : Map.of("name", PersonName.of(inviter), "email", inviter.getEmail() == null ? "" : inviter.getEmail()));
        view.put("status", i.getStatus().name());
        view.put("createdAt", Instant.ofEpochMilli(i.getCreatedAt()).toString());
        view.put("sentAt", Instant.ofEpochMilli(i.getSentAt()).toString());
        view.put("expiresAt", Instant.ofEpochMilli(i.getExpiresAt()).toString());
        view.put("expired", InvitationStatus.isExpired(i.getExpiresAt(), now));
        return view;
    }

    private Map<String, Object> requestView(AccessRequestEntity r, Companies companies, UserModel requester) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", r.getId());
        view.put("application", EfpApplication.byInternalId(realm(), r.getClientId()).map(EfpApplication::clientId).orElse(null));
        view.put("applicationName", EfpApplication.byInternalId(realm(), r.getClientId()).map(EfpApplication::displayName).orElse(null));
        companies.byId(r.getOrganizationId()).ifPresent(c -> {
            view.put("siret", c.alias());
            view.put("companyName", c.name());
        });
        view.put("status", r.getStatus());
        view.put("description", r.getDescription());
        view.put("createdAt", Instant.ofEpochMilli(r.getCreatedAt()).toString());
        view.put("decidedAt", r.getDecidedAt() == null ? null : Instant.ofEpochMilli(r.getDecidedAt()).toString());
        view.put("reason", r.getDecisionReason());
        if (requester != null) {
            view.put("requester", Map.of("id", requester.getId(), "email", requester.getEmail() == null ? "" : requester.getEmail(),
                    "firstName", requester.getFirstName() == null ? "" : requester.getFirstName(), "lastName", requester.getLastName() == null ? "" : requester.getLastName()));
        }
        return view;
    }

    @Override
    public void close() {
    }
}
