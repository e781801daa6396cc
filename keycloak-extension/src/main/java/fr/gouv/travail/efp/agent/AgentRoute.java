package fr.gouv.travail.efp.agent;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.events.Details;
import org.keycloak.models.FederatedIdentityModel;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.ClientSessionCode;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Sends an agent who typed {@code hydre\jdupont} in the login form straight to their
 * ministry's identity provider, with their Windows login as the login hint: the ADFS checks
 * their password, ours is never asked for, nor a CAPTCHA. The same redirect as Keycloak's
 * "identity provider redirector", chosen by the typed prefix instead of a fixed alias.
 */
public final class AgentRoute {

    /** Login page error: no provider for the typed prefix; {0} the prefix, {1} the known ones ("hydre, polaris"). */
    public static final String UNKNOWN_PREFIX_MESSAGE = "efpAgentUnknownPrefix";

    public static final String EVENT_UNKNOWN_PREFIX = "efp_agent_unknown_prefix";

    /** Login page error: the agent's ADFS does not answer; {0} the provider's name. */
    public static final String UNREACHABLE_MESSAGE = "efpAgentAdfsUnreachable";

    public static final String EVENT_UNREACHABLE = "efp_agent_adfs_unreachable";

    /** Provider config: "false" sends agents to the ADFS without asking it first (realm-config's reachabilityCheck). */
    static final String REACHABILITY_CHECK_CONFIG = "efp.reachability-check";

    /** Asked for 3 s at most; an answer is trusted 30 s, a silence 5 s. */
    private static final AdfsReachability REACHABILITY =
            new AdfsReachability(new HttpAdfsProbe(Duration.ofSeconds(3)), System::currentTimeMillis, 30_000, 5_000);

    /** What the agent typed ({@code HYDRE\jdupont}), kept while they are at their identity provider. */
    static final String TYPED_NOTE = "efp.agent.typed";

    /** Set while an agent is at their ADFS to sign in again: the provider's alias. */
    static final String REAUTHENTICATION_NOTE = "efp.agent.reauthentication";

    private AgentRoute() {}

    /** What became of the typed identifier. */
    public sealed interface Outcome permits NotAgent, Routed, UnknownPrefix, Unreachable {}

    /** Not an agent login: the ordinary form goes on. */
    public record NotAgent() implements Outcome {}

    /** Redirected to the provider: the flow is over for this request. */
    public record Routed(String alias) implements Outcome {}

    /** A prefix no provider serves: the form shows {@link #message()}. */
    public record UnknownPrefix(AgentLogin login, List<String> known) implements Outcome {
        public FormMessage message() {
            return new FormMessage(
                    null, UNKNOWN_PREFIX_MESSAGE, login.prefix(), known.isEmpty() ? "—" : String.join(", ", known));
        }
    }

    /** The agent's ADFS does not answer: the form shows {@link #message()}, what they typed kept for one more try. */
    public record Unreachable(String alias, String name) implements Outcome {
        public FormMessage message() {
            return new FormMessage(null, UNREACHABLE_MESSAGE, name);
        }
    }

    public static Outcome route(AuthenticationFlowContext context, String typed) {
        Optional<AgentLogin> parsed = AgentLogin.parse(typed);
        if (parsed.isEmpty()) {
            return new NotAgent();
        }
        AgentLogin login = parsed.get();
        AgentDomains domains = domains(context.getSession());
        Optional<String> alias = domains.providerFor(login.prefix());
        context.getEvent().detail(Details.USERNAME, login.windowsAccountName());
        if (alias.isEmpty()) {
            return new UnknownPrefix(login, domains.prefixes());
        }
        IdentityProviderModel provider =
                context.getSession().identityProviders().getByAlias(alias.get());
        if (!answers(provider)) {
            return new Unreachable(alias.get(), nameOf(provider));
        }
        context.getAuthenticationSession().setAuthNote(TYPED_NOTE, typed.strip());
        redirect(context, alias.get(), login.login());
        return new Routed(alias.get());
    }

    /**
     * Back on the login form without being signed in (the identity provider answered an error):
     * the identifier field shows what the agent typed, {@code hydre\jdupont}, not the bare login
     * the provider was given as hint, so that trying again is one click.
     */
    public static void restoreTyped(AuthenticationSessionModel authSession) {
        String typed = authSession.getAuthNote(TYPED_NOTE);
        if (typed == null) {
            return;
        }
        authSession.removeAuthNote(TYPED_NOTE);
        authSession.setClientNote(OIDCLoginProtocol.LOGIN_HINT_PARAM, typed);
    }

    /**
     * An agent Keycloak asks to sign in again (an application's {@code prompt=login} or
     * {@code max_age}, or an application-initiated action on an older sign-in) has no password
     * here: their ADFS signs them in again, asked to authenticate anew ({@code ForceAuthn}, which
     * Keycloak's SAML broker sends for {@code prompt=login}). Keycloak then checks that the
     * account coming back is the one of the session. True when redirected.
     *
     * <p>Back on the form without being signed in (the ADFS answered an error, or the agent's
     * provider is gone), the session's account is let go: the ordinary login form shows, where
     * {@code hydre\jdupont} leads to the ADFS again, instead of a password form an agent cannot
     * fill in.
     */
    public static boolean reauthenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user == null || !AgentAccounts.isAgent(user)) {
            return false;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        IdentityProviderModel provider =
                authSession.getAuthNote(REAUTHENTICATION_NOTE) == null ? providerOf(context.getSession(), user) : null;
        FederatedIdentityModel link = provider == null
                ? null
                : context.getSession().users().getFederatedIdentity(context.getRealm(), user, provider.getAlias());
        if (link != null && !answers(provider)) {
            context.getEvent()
                    .clone()
                    .detail(Details.IDENTITY_PROVIDER, provider.getAlias())
                    .error(EVENT_UNREACHABLE);
            context.form().addError(new Unreachable(provider.getAlias(), nameOf(provider)).message());
            link = null;
        }
        if (link == null) {
            context.clearUser();
            return false;
        }
        authSession.setAuthNote(REAUTHENTICATION_NOTE, provider.getAlias());
        authSession.setClientNote(OIDCLoginProtocol.PROMPT_PARAM, OIDCLoginProtocol.PROMPT_VALUE_LOGIN);
        redirect(context, provider.getAlias(), link.getUserName());
        return true;
    }

    /** The enabled provider that made the agent's account: the alias that opens their immutable id. */
    private static IdentityProviderModel providerOf(KeycloakSession session, UserModel user) {
        String agentId = user.getFirstAttribute(AgentAccounts.AGENT_ID);
        if (agentId == null || agentId.indexOf(':') < 1) {
            return null;
        }
        IdentityProviderModel provider =
                session.identityProviders().getByAlias(agentId.substring(0, agentId.indexOf(':')));
        return provider == null || !provider.isEnabled() ? null : provider;
    }

    /**
     * Whether the provider's sign-in address answers (asked at most every few seconds), unless
     * its config turns the check off. An address that is not http(s) is not ours to judge.
     */
    static boolean answers(IdentityProviderModel provider) {
        Map<String, String> config = provider.getConfig();
        if ("false".equals(config.get(REACHABILITY_CHECK_CONFIG))) {
            return true;
        }
        URI address;
        try {
            address = URI.create(config.getOrDefault("singleSignOnServiceUrl", ""));
        } catch (IllegalArgumentException e) {
            return true;
        }
        boolean web = "http".equalsIgnoreCase(address.getScheme()) || "https".equalsIgnoreCase(address.getScheme());
        return !web || address.getHost() == null || REACHABILITY.answers(address);
    }

    private static String nameOf(IdentityProviderModel provider) {
        String name = provider.getDisplayName();
        return name == null || name.isBlank() ? provider.getAlias() : name;
    }

    /** The enabled providers of the realm that declare a domain prefix. */
    public static AgentDomains domains(KeycloakSession session) {
        return AgentDomains.of(session.identityProviders()
                .getAllStream()
                .filter(IdentityProviderModel::isEnabled)
                .map(provider -> Map.entry(
                        provider.getAlias(), provider.getConfig().getOrDefault(AgentDomains.PREFIX_CONFIG, "")))
                .toList());
    }

    private static void redirect(AuthenticationFlowContext context, String alias, String loginHint) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String accessCode =
                new ClientSessionCode<>(context.getSession(), context.getRealm(), authSession).getOrGenerateCode();
        URI location = Urls.identityProviderAuthnRequest(
                context.getUriInfo().getBaseUri(),
                alias,
                context.getRealm().getName(),
                accessCode,
                authSession.getClient().getClientId(),
                authSession.getTabId(),
                AuthenticationProcessor.getClientData(context.getSession(), authSession),
                loginHint);
        context.forceChallenge(Response.seeOther(location).build());
    }
}
