package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.charter.CharterRequiredAction;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.habilitation.HabilitationKind;
import fr.gouv.travail.efp.habilitation.HabilitationRequest;
import fr.gouv.travail.efp.habilitation.Habilitations;
import fr.gouv.travail.efp.notification.OutboxMail;
import fr.gouv.travail.efp.racode.RaCodeAttempts;
import fr.gouv.travail.efp.racode.RaCodeEntity;
import fr.gouv.travail.efp.racode.RaCodes;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.keycloak.Config;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The access gate: a signed-in user without a habilitation in force for the EFP application
 * asking for a token stays here, on "Vous n'avez pas accès au service numérique X", where they
 * can find their company and request access, follow or cancel a pending request, or
 * (professionals, applications with RA codes) type an RA code. Clients that are not EFP
 * applications (account console, admin tools) pass through.
 *
 * <p>A required action, not a step of the browser flow: Keycloak runs required actions after
 * every way in (login form, account creation, forgotten password, identity brokering), so no
 * flow can hand out a token past it; and it comes after the other required actions (a migrated
 * password reset, a temporary password) instead of before them. It is added to the
 * authentication session only, never stored on the user.
 */
public class AccessGateRequiredAction implements RequiredActionProvider, RequiredActionFactory {

    public static final String ID = "efp-access-gate";

    static final String TEMPLATE = "efp-access-gate.ftl";
    static final String ATTRIBUTE = "accessGate";
    static final int RESULTS = 20;
    static final int MIN_QUERY = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE).withZone(ZoneId.of("Europe/Paris"));

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        Optional<EfpApplication> application = application(context);
        if (application.isPresent() && !AccessGate.mayEnter(context.getSession(), context.getRealm(), context.getUser(), application.get())) {
            context.getAuthenticationSession().addRequiredAction(ID);
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        Optional<EfpApplication> application = application(context);
        if (application.isEmpty() || AccessGate.mayEnter(context.getSession(), context.getRealm(), context.getUser(), application.get())) {
            context.success();
            return;
        }
        context.challenge(page(context, application.get(), null, null, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        Optional<EfpApplication> application = application(context);
        if (application.isEmpty()) {
            context.success();
            return;
        }
        EfpApplication app = application.get();
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = form.getFirst("efp_action");
        String query = form.getFirst("query");
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        try {
            switch (action == null ? "" : action) {
                case "search" -> context.challenge(page(context, app, query, null, null));
                case "request" -> {
                    Company company = GateSearch.company(session, realm, form.getFirst("siret"));
                    AccessRequests.Submitted submitted = new AccessRequests(session, realm).submit(user, app, company, form.getFirst("description"), AccessRequests.managementLink(session, realm, app, company));
                    context.challenge(page(context, app, null, message("success", submitted.created()
                            ? "Votre demande d'accès a été transmise aux responsables des accès de " + company.name() + "."
                            : "Une demande d'accès pour " + company.name() + " est déjà en attente : elle n'a pas été envoyée une seconde fois."), null));
                }
                case "cancel" -> {
                    AccessRequests requests = new AccessRequests(session, realm);
                    AccessRequestEntity request = requests.find(form.getFirst("request_id"))
                            .filter(found -> found.getUserId().equals(user.getId()) && found.getClientId().equals(app.id()))
                            .orElseThrow(() -> EfpException.notFound("unknown_request", "Cette demande n'existe plus."));
                    requests.cancel(user, request);
                    context.challenge(page(context, app, null, message("success", "Votre demande a été annulée."), null));
                }
                case "ra-code" -> redeem(context, app, form.getFirst("ra_code"));
                default -> context.challenge(page(context, app, null, null, null));
            }
        } catch (EfpException e) {
            session.getTransactionManager().setRollbackOnly();
            context.challenge(page(context, app, query, message("error", e.getMessage()), "ra-code".equals(action) ? "ra_code" : action));
        }
    }

    private void redeem(RequiredActionContext context, EfpApplication app, String typed) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        if (!app.raCodesEnabled() || !AccessGate.isProfessional(user)) {
            throw EfpException.badRequest("ra_codes_disabled", "Les codes responsable des accès ne sont pas utilisés pour " + app.displayName() + ".");
        }
        // Taken before the code is looked at, whatever the outcome: a wrong code keeps it for the window.
        String attempt = RaCodeAttempts.reserve(session, user.getId())
                .orElseThrow(() -> new EfpException(429, "too_many_attempts", "Trop de codes erronés : réessayez dans " + RaCodeAttempts.WINDOW_SECONDS / 60 + " minutes."));
        AuditLog.Actor actor = new AuditLog.Actor(user.getId(), user.getUsername(), context.getConnection().getRemoteAddr());
        RaCodeEntity code = new RaCodes(session, realm).redeem(actor, app, typed);
        RaCodeAttempts.release(session, attempt);
        Company company = new Companies(session).byId(code.getOrganizationId()).orElseThrow();
        List<UserModel> otherManagers = AccessManagers.of(session, realm, app, company);
        HabilitationRequest.Checked checked = new HabilitationRequest.Checked(java.util.Set.of(), true, HabilitationKind.MEMBER, null);
        new Habilitations(session, realm).grant(actor, user, app, company, checked);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("newManagerName", AccessRequests.displayName(user));
        attributes.put("newManagerEmail", user.getEmail());
        attributes.put("applicationName", app.displayName());
        attributes.put("companyName", company.name());
        attributes.put("siret", company.alias());
        for (UserModel manager : otherManagers) {
            OutboxMail.queue(session, realm, manager, "ra-code-used", "efpRaCodeUsedSubject", List.of(app.displayName()), "efp-ra-code-used.ftl", attributes);
        }
        CharterRequiredAction.requireIfNeeded(session, realm, user);
        context.success();
    }

    private static Optional<EfpApplication> application(RequiredActionContext context) {
        var client = context.getAuthenticationSession().getClient();
        return EfpApplication.isApplication(client) ? Optional.of(new EfpApplication(client)) : Optional.empty();
    }

    private static Map<String, Object> message(String type, String text) {
        return Map.of("type", type, "text", text);
    }


    private Response page(RequiredActionContext context, EfpApplication app, String query, Map<String, Object> message, String field) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        Map<String, Object> gate = new LinkedHashMap<>();
        gate.put("applicationName", app.displayName());
        gate.put("applicationClientId", app.clientId());
        gate.put("raCodesEnabled", app.raCodesEnabled() && AccessGate.isProfessional(user));
        gate.put("descriptionMaxLength", AccessRequestInput.MAX_DESCRIPTION);
        gate.put("minQueryLength", MIN_QUERY);
        Companies companies = new Companies(session);
        List<Map<String, Object>> pending = new ArrayList<>();
        for (AccessRequestEntity request : new AccessRequests(session, realm).pendingOf(user.getId(), app.id())) {
            companies.byId(request.getOrganizationId()).ifPresent(company -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", request.getId());
                entry.put("companyName", company.name());
                entry.put("siret", company.alias());
                entry.put("createdAt", DATE.format(Instant.ofEpochMilli(request.getCreatedAt())));
                entry.put("description", request.getDescription() == null ? "" : request.getDescription());
                pending.add(entry);
            });
        }
        gate.put("pending", pending);
        String q = query == null ? "" : query.strip();
        gate.put("query", q);
        if (q.length() >= MIN_QUERY) {
            try {
                GateSearch.Result result = GateSearch.search(session, realm, q, RESULTS);
                gate.put("results", result.items());
                gate.put("total", result.total());
                gate.put("totalCapped", result.totalCapped());
                gate.put("searched", true);
            } catch (EfpException e) {
                // Too vague, or the directory is unreachable: said under the search field.
                gate.put("results", List.of());
                gate.put("total", 0);
                gate.put("totalCapped", false);
                gate.put("searched", false);
                message = message("error", e.getMessage());
                field = "search";
            }
        } else {
            gate.put("results", List.of());
            gate.put("total", 0);
            gate.put("searched", !q.isEmpty());
        }
        if (message != null) {
            gate.put("message", message);
        }
        gate.put("errorField", field == null ? "" : field);
        return context.form().setAttribute(ATTRIBUTE, gate).createForm(TEMPLATE);
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.NOT_SUPPORTED;
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayText() {
        return "Contrôle d'accès aux applications EFP";
    }

    @Override
    public void close() {
    }
}
