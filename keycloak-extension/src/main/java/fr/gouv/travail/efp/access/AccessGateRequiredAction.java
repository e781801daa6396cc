package fr.gouv.travail.efp.access;

import fr.gouv.travail.efp.access.AccessGatePage.Message;
import fr.gouv.travail.efp.access.AccessGatePage.PendingRequest;
import fr.gouv.travail.efp.access.AccessGatePage.Search;
import fr.gouv.travail.efp.agent.AgentAccounts;
import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.common.EfpException;
import fr.gouv.travail.efp.common.FrenchDates;
import fr.gouv.travail.efp.common.provider.SingletonRequiredAction;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import fr.gouv.travail.efp.locale.PageText;
import fr.gouv.travail.efp.racode.RaCodeRedemption;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.RequiredActionContext;
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
public class AccessGateRequiredAction extends SingletonRequiredAction {

    public static final String ID = "efp-access-gate";

    static final String TEMPLATE = "efp-access-gate.ftl";
    static final String ATTRIBUTE = "accessGate";
    static final int RESULTS = 20;
    static final int MIN_QUERY = 3;

    public AccessGateRequiredAction() {
        super(ID, "Contrôle d'accès aux applications EFP");
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        Optional<EfpApplication> application = application(context);
        if (application.isPresent()
                && !AccessGate.mayEnter(
                        context.getSession(), context.getRealm(), context.getUser(), application.get())) {
            context.getAuthenticationSession().addRequiredAction(ID);
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        Optional<EfpApplication> application = application(context);
        if (application.isEmpty()
                || AccessGate.mayEnter(
                        context.getSession(), context.getRealm(), context.getUser(), application.get())) {
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
                    // An agent asks for their own structure, whatever the form says; a professional picks a company.
                    Company company = AgentAccounts.isAgent(user)
                            ? AgentGate.requestTarget(session, user)
                            : GateSearch.company(session, realm, form.getFirst("siret"));
                    AccessRequests.Submitted submitted = new AccessRequests(session, realm)
                            .submit(
                                    user,
                                    app,
                                    company,
                                    form.getFirst("description"),
                                    AccessRequests.managementLink(session, realm, app, company));
                    context.challenge(page(
                            context, app, null, Message.success(sent(session, user, app, company, submitted)), null));
                }
                case "cancel" -> {
                    AccessRequests requests = new AccessRequests(session, realm);
                    AccessRequestEntity request = requests.find(form.getFirst("request_id"))
                            .filter(found -> found.getUserId().equals(user.getId())
                                    && found.getClientId().equals(app.id()))
                            .orElseThrow(
                                    () -> EfpException.notFound("unknown_request", "Cette demande n'existe plus."));
                    requests.cancel(user, request);
                    context.challenge(page(
                            context,
                            app,
                            null,
                            Message.success(PageText.of(session, user)
                                    .text("efpGateRequestCancelled", "Votre demande a été annulée.")),
                            null));
                }
                case "ra-code" -> {
                    new RaCodeRedemption(session, realm).redeem(user, app, form.getFirst("ra_code"));
                    context.success();
                }
                default -> context.challenge(page(context, app, null, null, null));
            }
        } catch (EfpException e) {
            session.getTransactionManager().setRollbackOnly();
            context.challenge(page(
                    context,
                    app,
                    query,
                    Message.error(PageText.of(session, user).error(e)),
                    "ra-code".equals(action) ? "ra_code" : action));
        }
    }

    /** What the gate says once a request went (or was already waiting): to whom it went. */
    private static String sent(
            KeycloakSession session,
            UserModel user,
            EfpApplication app,
            Company company,
            AccessRequests.Submitted submitted) {
        PageText text = PageText.of(session, user);
        if (!submitted.created()) {
            return text.text(
                    "efpGateRequestAlreadyPending",
                    "Une demande d'accès pour " + company.name()
                            + " est déjà en attente : elle n'a pas été envoyée une seconde fois.",
                    company.name());
        }
        if (!company.isCompany()) {
            return text.text(
                    "efpGateAgentRequestSent",
                    "Votre demande d'accès pour " + company.name() + " a été transmise aux administrateurs de "
                            + app.displayName() + ".",
                    company.name(),
                    app.displayName());
        }
        return text.text(
                "efpGateRequestSent",
                "Votre demande d'accès a été transmise aux responsables des accès de " + company.name() + ".",
                company.name());
    }

    private static Optional<EfpApplication> application(RequiredActionContext context) {
        var client = context.getAuthenticationSession().getClient();
        return EfpApplication.isApplication(client) ? Optional.of(new EfpApplication(client)) : Optional.empty();
    }

    private Response page(
            RequiredActionContext context, EfpApplication app, String query, Message message, String field) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        Companies companies = new Companies(session);
        List<PendingRequest> pending = new ArrayList<>();
        for (AccessRequestEntity request : new AccessRequests(session, realm).pendingOf(user.getId(), app.id())) {
            companies
                    .byId(request.getOrganizationId())
                    .ifPresent(company -> pending.add(new PendingRequest(
                            request.getId(),
                            company.name(),
                            company.alias(),
                            FrenchDates.day(request.getCreatedAt()),
                            request.getDescription() == null ? "" : request.getDescription())));
        }
        String q = query == null ? "" : query.strip();
        Search search = Search.notRun(!q.isEmpty());
        // Agents search no directory: their request is for their structure.
        if (q.length() >= MIN_QUERY && !AgentAccounts.isAgent(user)) {
            try {
                search = Search.of(GateSearch.search(session, realm, q, RESULTS));
            } catch (EfpException e) {
                // Too vague, or the directory is unreachable: said under the search field.
                search = Search.refused();
                message = Message.error(PageText.of(session, user).error(e));
                field = "search";
            }
        }
        AccessGatePage page = new AccessGatePage(
                app.displayName(),
                app.clientId(),
                AgentAccounts.isAgent(user)
                        ? AgentGate.structureOf(session, user)
                                .map(structure -> new AccessGatePage.Structure(structure.alias(), structure.name()))
                                .orElse(AccessGatePage.Structure.NONE)
                        : null,
                RaCodeRedemption.offered(app, user),
                AccessRequestInput.MAX_DESCRIPTION,
                MIN_QUERY,
                pending,
                q,
                search,
                message,
                field);
        return context.form().setAttribute(ATTRIBUTE, page.attributes()).createForm(TEMPLATE);
    }
}
