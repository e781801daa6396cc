package fr.gouv.travail.efp.token;

import fr.gouv.travail.efp.application.EfpApplication;
import fr.gouv.travail.efp.common.provider.SingletonRequiredAction;
import fr.gouv.travail.efp.company.Companies;
import fr.gouv.travail.efp.company.Company;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;

/**
 * "Pour quel établissement agissez-vous ?": when an application asked for the scope
 * {@value CompanyChoice#SCOPE} and the person holds habilitations on it for several companies,
 * they pick one; with one, it is taken without a page. The choice is an authentication-session
 * client note, which Keycloak copies into the client session: every token of that login and
 * its refreshes names that company only (HabilitationsMapper).
 *
 * <p>A required action, like the access gate and for the same reasons: Keycloak runs required
 * actions after every way in (login form, SSO cookie, account creation, forgotten password,
 * ADFS), so no path hands out a token without the choice; and it runs after the gate (priority
 * in realm-config), when the person is known to hold a habilitation. Not part of the gate: the
 * gate decides whether one may enter, this only narrows what the token says, and only for the
 * applications that ask.
 */
public class CompanyChoiceRequiredAction extends SingletonRequiredAction {

    public static final String ID = "efp-company-choice";
    static final String TEMPLATE = "efp-company-choice.ftl";
    static final String ATTRIBUTE = "companyChoice";
    /** Options shown at once; past that, the person filters by name or SIRET. */
    static final int SHOWN = 20;
    /**
     * Set once this login's choice is settled, whatever it was: Keycloak evaluates the triggers
     * again after each required action, and the scope is still asked, so without it the action
     * would come back forever (a StackOverflowError when it completes without a page).
     */
    static final String SETTLED_NOTE = "efp.company.settled";

    public CompanyChoiceRequiredAction() {
        super(ID, "Choix de l'établissement pour une application EFP");
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        if (asked(context).isPresent() && context.getAuthenticationSession().getAuthNote(SETTLED_NOTE) == null) {
            context.getAuthenticationSession().addRequiredAction(ID);
        }
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        Optional<EfpApplication> application = asked(context);
        if (application.isEmpty()) {
            settle(context);
            return;
        }
        List<CompanyChoice.Option> options = options(context, application.get());
        switch (CompanyChoice.step(options.size())) {
            case NONE -> settle(context);
            case AUTOMATIC -> choose(context, options.get(0));
            case ASK -> context.challenge(page(context, application.get(), options, null, false));
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        Optional<EfpApplication> application = asked(context);
        if (application.isEmpty()) {
            settle(context);
            return;
        }
        List<CompanyChoice.Option> options = options(context, application.get());
        if (CompanyChoice.step(options.size()) != CompanyChoice.Step.ASK) {
            requiredActionChallenge(context);
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if ("search".equals(form.getFirst("efp_action"))) {
            context.challenge(page(context, application.get(), options, form.getFirst("query"), false));
            return;
        }
        Optional<CompanyChoice.Option> chosen = CompanyChoice.picked(options, form.getFirst("company"));
        if (chosen.isEmpty()) {
            context.challenge(page(context, application.get(), options, form.getFirst("query"), true));
            return;
        }
        choose(context, chosen.get());
    }

    private static void choose(RequiredActionContext context, CompanyChoice.Option option) {
        context.getAuthenticationSession().setClientNote(CompanyChoice.NOTE, option.organizationId());
        settle(context);
    }

    private static void settle(RequiredActionContext context) {
        context.getAuthenticationSession().setAuthNote(SETTLED_NOTE, "true");
        context.success();
    }

    /** The application, when it asked for one company in this login. */
    private static Optional<EfpApplication> asked(RequiredActionContext context) {
        var authSession = context.getAuthenticationSession();
        var client = authSession.getClient();
        if (!EfpApplication.isApplication(client)
                || !CompanyChoice.requested(authSession.getClientNote(OIDCLoginProtocol.SCOPE_PARAM))) {
            return Optional.empty();
        }
        return Optional.of(new EfpApplication(client));
    }

    private static List<CompanyChoice.Option> options(RequiredActionContext context, EfpApplication application) {
        KeycloakSession session = context.getSession();
        Companies companies = new Companies(session);
        List<CompanyChoice.Option> options = new ArrayList<>();
        for (TokenClaims.Held held : TokenClaims.held(
                session,
                context.getRealm(),
                context.getUser().getId(),
                application.id(),
                null,
                System.currentTimeMillis())) {
            companies.byId(held.organizationId()).ifPresent(company -> options.add(option(held, company)));
        }
        return options;
    }

    private static CompanyChoice.Option option(TokenClaims.Held held, Company company) {
        return new CompanyChoice.Option(company.id(), company.alias(), company.name(), held.roles());
    }

    private static jakarta.ws.rs.core.Response page(
            RequiredActionContext context,
            EfpApplication application,
            List<CompanyChoice.Option> options,
            String query,
            boolean missing) {
        CompanyChoice.Shown shown = CompanyChoice.filter(options, query, SHOWN);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("applicationName", application.displayName());
        view.put("total", options.size());
        view.put("query", query == null ? "" : query.strip());
        view.put("searchable", options.size() > SHOWN);
        view.put("matched", shown.matched());
        String language = context.getSession()
                .getContext()
                .resolveLocale(context.getUser())
                .getLanguage();
        List<Map<String, Object>> items = new ArrayList<>();
        for (CompanyChoice.Option option : shown.options()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("alias", option.alias());
            item.put("name", option.name());
            item.put("siret", option.alias().matches("\\d{14}"));
            // The roles as people read them, in the page's language (the token keeps the names).
            item.put("roles", application.roleLabels(option.roles(), language));
            items.add(item);
        }
        view.put("companies", items);
        var form = context.form().setAttribute(ATTRIBUTE, view);
        if (missing) {
            form.addError(new FormMessage("company", "efpCompanyChoiceMissing"));
        }
        return form.createForm(TEMPLATE);
    }
}
