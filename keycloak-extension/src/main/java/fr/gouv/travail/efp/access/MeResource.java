package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.agent.AgentAccounts;
import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.authorization.Rights;
import fr.gouv.travail.efp.authorization.RightsReader;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.JsonApi;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.HabilitationEntity;
import fr.gouv.travail.efp.invitation.rest.InvitationAcceptanceResource;
import fr.gouv.travail.efp.jpa.Jpa;
import fr.gouv.travail.efp.locale.LanguagePreference;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** {@code efp-access/me}: the signed-in person's applications, requests, managed pairs and administered applications. */
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** A list answer. */
    public record Items<T>(List<T> items) {}

    /** An application the person holds a habilitation in force on, with the companies it is for. */
    public record MyApplication(
            String clientId,
            String name,
            String description,
            String url,
            List<MyCompany> companies,
            Map<String, EfpApplication.RoleLabel> roleLabels) {}

    /** A company the person is habilitated for, with their roles there. */
    public record MyCompany(String siret, String name, List<String> roles, boolean accessManager) {}

    /** A pair the person manages as access manager, with its pending requests. */
    public record ManagedPair(
            String application, String applicationName, String siret, String companyName, long pendingRequests) {}

    /** An application whose every company the person may see. */
    public record AdministeredApplication(String application, String applicationName, boolean canManage) {}

    /** Body of Mon compte's language switch. */
    public record LocaleChoice(String locale) {}

    /** Body of a new request. */
    public record NewRequest(String application, String siret, String description) {}

    private final KeycloakSession session;
    private final UserModel user;

    MeResource(KeycloakSession session, UserModel user) {
        this.session = session;
        this.user = user;
    }

    private RealmModel realm() {
        return session.getContext().getRealm();
    }

    @GET
    @Path("applications")
    public Response applications() {
        return JsonApi.call(session, () -> {
            Map<String, MyApplication> byApplication = new TreeMap<>();
            for (Held held : held("")) {
                byApplication
                        .computeIfAbsent(
                                held.application().clientId(),
                                key -> new MyApplication(
                                        held.application().clientId(),
                                        held.application().displayName(),
                                        held.application().description(),
                                        held.application().url(),
                                        new ArrayList<>(),
                                        held.application().roleLabels()))
                        .companies()
                        .add(new MyCompany(
                                held.company().alias(),
                                held.company().name(),
                                new ArrayList<>(
                                        new TreeSet<>(held.habilitation().getRoles())),
                                held.habilitation().isAccessManager()));
            }
            return new Items<>(new ArrayList<>(byApplication.values()));
        });
    }

    /** Mon compte's language switch: kept on the account and in the cookie (the login pages follow it). */
    @PUT
    @Path("locale")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response locale(LocaleChoice body) {
        return JsonApi.call(session, () -> {
            if (body == null || body.locale() == null)
                throw EfpException.badRequest("missing_body", "Corps JSON attendu : {locale}.");
            return new LocaleChoice(LanguagePreference.store(session, realm(), user, body.locale()));
        });
    }

    @GET
    @Path("requests")
    public Response requests() {
        return JsonApi.call(session, () -> {
            Companies companies = new Companies(session);
            return new Items<>(new AccessRequests(session, realm())
                    .ofUser(user.getId()).stream()
                            .map(r -> RequestView.of(realm(), r, companies, null))
                            .toList());
        });
    }

    /** Asks for access to an application for a company (as the gate page does). */
    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(NewRequest body) {
        return JsonApi.call(session, () -> {
            if (body == null)
                throw EfpException.badRequest(
                        "missing_body", "Corps JSON attendu : {application, siret, description}.");
            EfpApplication application = EfpApplication.find(realm(), body.application())
                    .orElseThrow(() -> EfpException.notFound(
                            "unknown_application", "Application inconnue : « " + body.application() + " »."));
            Company company = AgentAccounts.isAgent(user)
                    ? agentTarget(body.siret())
                    : new Companies(session)
                            .byAlias(body.siret())
                            .filter(Company::isCompany)
                            .orElseThrow(() -> EfpException.notFound(
                                    "unknown_company", "Établissement inconnu : « " + body.siret() + " »."));
            AccessRequests.Submitted submitted = new AccessRequests(session, realm())
                    .submit(
                            user,
                            application,
                            company,
                            body.description(),
                            AccessRequests.managementLink(session, realm(), application, company));
            return Response.status(submitted.created() ? 201 : 200)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(RequestView.of(realm(), submitted.request(), new Companies(session), null))
                    .build();
        });
    }

    @DELETE
    @Path("requests/{id}")
    public Response cancelRequest(@PathParam("id") String id) {
        return JsonApi.call(session, () -> {
            AccessRequests requests = new AccessRequests(session, realm());
            AccessRequestEntity request = requests.find(id)
                    .filter(r -> r.getUserId().equals(user.getId()))
                    .orElseThrow(() -> EfpException.notFound("unknown_request", "Demande inconnue."));
            requests.cancel(user, request);
            return Response.noContent().build();
        });
    }

    /** The (application, company) pairs the user manages as access manager. */
    @GET
    @Path("managed")
    public Response managed() {
        return JsonApi.call(session, () -> {
            List<ManagedPair> items = new ArrayList<>();
            for (Held held : held(" and h.accessManager = true")) {
                // A ministerial structure has no access manager (Rights): such a flag manages nothing.
                if (!held.company().isCompany()) continue;
                long pending = Jpa.em(session)
                        .createQuery(
                                "select count(r) from AccessRequestEntity r where r.realmId = :realm and r.clientId = :client and r.organizationId = :org and r.status = :pending",
                                Long.class)
                        .setParameter("realm", realm().getId())
                        .setParameter("client", held.application().id())
                        .setParameter("org", held.company().id())
                        .setParameter("pending", AccessRequestStatus.PENDING)
                        .getSingleResult();
                items.add(new ManagedPair(
                        held.application().clientId(),
                        held.application().displayName(),
                        held.company().alias(),
                        held.company().name(),
                        pending));
            }
            return new Items<>(items);
        });
    }

    /** The applications whose every company the user may see (application admin, support, administrator). */
    @GET
    @Path("administered")
    public Response administered() {
        return JsonApi.call(session, () -> {
            Rights rights = RightsReader.of(realm(), user);
            return new Items<>(EfpApplication.all(realm())
                    .filter(application -> rights.canRead(application.clientId()))
                    .map(application -> new AdministeredApplication(
                            application.clientId(),
                            application.displayName(),
                            rights.canManage(application.clientId())))
                    .toList());
        });
    }

    /** No endpoint here takes PUT: 404 as for any unknown address ({@link AccessResource#unknown}). */
    @PUT
    @Path("{unknown: .*}")
    public Response unknown() {
        return AccessResource.notFound();
    }

    @Path("invitations")
    public InvitationAcceptanceResource invitations() {
        return new InvitationAcceptanceResource(session, user);
    }

    /** An agent asks for their ministerial structure only (siret: its code, or nothing). */
    private Company agentTarget(String asked) {
        Company structure = AgentGate.requestTarget(session, user);
        if (asked != null && !asked.isBlank() && !asked.strip().equals(structure.alias())) {
            throw EfpException.badRequest(
                    "agent_structure_only",
                    "Un agent demande l'accès pour sa structure ministérielle (" + structure.alias()
                            + "), pas pour un autre établissement.");
        }
        return structure;
    }

    /** A habilitation of the person in force, on an application and a company that still exist. */
    private record Held(HabilitationEntity habilitation, EfpApplication application, Company company) {}

    private List<Held> held(String condition) {
        Companies companies = new Companies(session);
        long now = System.currentTimeMillis();
        List<Held> held = new ArrayList<>();
        for (HabilitationEntity h : Jpa.em(session)
                .createQuery(
                        "select h from HabilitationEntity h where h.realmId = :realm and h.userId = :user" + condition,
                        HabilitationEntity.class)
                .setParameter("realm", realm().getId())
                .setParameter("user", user.getId())
                .getResultList()) {
            if (h.getExpiresAt() != null && h.getExpiresAt() <= now) continue;
            EfpApplication application =
                    EfpApplication.byInternalId(realm(), h.getClientId()).orElse(null);
            Company company = companies.byId(h.getOrganizationId()).orElse(null);
            if (application == null || company == null) continue;
            held.add(new Held(h, application, company));
        }
        return held;
    }
}
