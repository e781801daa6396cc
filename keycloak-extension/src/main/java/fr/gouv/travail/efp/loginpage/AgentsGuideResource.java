package fr.gouv.travail.efp.loginpage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.locale.LocaleUpdaterProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resource.RealmResourceProvider;

/**
 * {@code GET /realms/{realm}/efp-guide/agents}: the agents' connection guide, a page of the login
 * theme reachable without signing in (the login page links to it). It reads nothing from the
 * request but the language: kc_locale (one the realm offers, else ignored), then Keycloak's
 * choice (cookie, browser).
 */
public class AgentsGuideResource implements RealmResourceProvider {

    static final String TEMPLATE = "efp-agents-guide.ftl";

    private final KeycloakSession session;

    public AgentsGuideResource(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public Object getResource() {
        return this;
    }

    @GET
    @Path("agents")
    @Produces(MediaType.TEXT_HTML)
    public Response agents(@QueryParam("kc_locale") String language) {
        RealmModel realm = session.getContext().getRealm();
        if (language != null) {
            // The login page links here in its own language. Outside a login flow Keycloak reads
            // kc_locale from its cookie only: set it as Keycloak does for kc_locale, then show the
            // page at its plain address.
            if (isOffered(realm, language)) {
                session.getProvider(LocaleUpdaterProvider.class).updateLocaleCookie(language);
            }
            UriInfo uri = session.getContext().getUri();
            return Response.seeOther(
                            uri.getAbsolutePathBuilder().replaceQuery(null).build())
                    .build();
        }
        return session.getProvider(LoginFormsProvider.class)
                .setAttribute(LoginPageTexts.ATTRIBUTE, LoginPageTexts.of(realm::getAttribute))
                .createForm(TEMPLATE);
    }

    static boolean isOffered(RealmModel realm, String language) {
        return realm.isInternationalizationEnabled()
                && realm.getSupportedLocalesStream().anyMatch(language::equals);
    }

    @Override
    public void close() {}
}
