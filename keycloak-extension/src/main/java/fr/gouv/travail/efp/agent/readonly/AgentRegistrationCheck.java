package fr.gouv.travail.efp.agent.readonly;

import fr.gouv.travail.efp.agent.AgentRoute;
import fr.gouv.travail.efp.common.provider.FlowStepFactory;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormActionFactory;
import org.keycloak.authentication.FormContext;
import org.keycloak.authentication.ValidationContext;
import org.keycloak.authentication.forms.RegistrationPage;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * First step of "Créer mon compte" ({@value #PROVIDER_ID}): agents have no EFP Connect account
 * to create. An agent identifier ({@code hydre\jdupont}) or an address of a ministry domain in
 * the email field gets, on the same page, the way agents sign in; only that message shows (the
 * other steps' errors, "adresse invalide" for {@code hydre\…}, would hide it), nothing is stored
 * and no code is mailed. Decided from the text alone: no account is looked up.
 */
public class AgentRegistrationCheck extends FlowStepFactory<FormAction> implements FormAction, FormActionFactory {

    public static final String PROVIDER_ID = "efp-registration-agent-check";

    /** "Les agents du ministère ne créent pas de compte…"; {0} the prefixes (hydre\, polaris\). */
    public static final String MESSAGE = "efpAgentNoRegistration";

    public AgentRegistrationCheck() {
        super(
                PROVIDER_ID,
                "EFP: Registration refused to agents",
                "Agent identifiers and ministry addresses are told to use the agent login.",
                Requirement.REQUIRED,
                Requirement.DISABLED);
    }

    @Override
    public FormAction create(KeycloakSession session) {
        return this;
    }

    @Override
    public void validate(ValidationContext context) {
        MultivaluedMap<String, String> posted = context.getHttpRequest().getDecodedFormParameters();
        MinistryEmailDomains domains = MinistryEmailDomains.forRealm(context.getRealm());
        String field = List.of(UserModel.EMAIL, UserModel.USERNAME).stream()
                .filter(name -> AgentIdentifier.isAgents(posted.getFirst(name), domains))
                .findFirst()
                .orElse(null);
        if (field == null) {
            context.success();
            return;
        }
        String prefixes = AgentIdentifier.prefixesForMessage(
                AgentRoute.domains(context.getSession()).prefixes());
        context.getEvent().detail("efp_refused", "agent_identifier");
        context.error(Errors.INVALID_REGISTRATION);
        context.excludeOtherErrors();
        // The form comes back filled in, but never with the passwords typed.
        MultivaluedMap<String, String> kept = new MultivaluedHashMap<>(posted);
        kept.remove(RegistrationPage.FIELD_PASSWORD);
        kept.remove(RegistrationPage.FIELD_PASSWORD_CONFIRM);
        context.validationError(kept, List.of(new FormMessage(field, MESSAGE, prefixes)));
    }

    @Override
    public void buildPage(FormContext context, LoginFormsProvider form) {}

    @Override
    public void success(FormContext context) {}

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

    @Override
    public void close() {}
}
