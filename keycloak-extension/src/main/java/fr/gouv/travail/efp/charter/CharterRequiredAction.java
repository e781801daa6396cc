package fr.gouv.travail.efp.charter;

import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.common.provider.SingletonRequiredAction;
import fr.gouv.travail.efp.habilitation.AccessManagerAppointed;
import fr.gouv.travail.efp.habilitation.Habilitations;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Whenever a user is an access manager (named by an application admin, by another access
 * manager, or by RA code) and has not accepted the current charter version, this page comes
 * before anything else; access continues only after acceptance, which is recorded with its
 * version and time. A new version asks again.
 */
public class CharterRequiredAction extends SingletonRequiredAction {

    public static final String ID = "efp-access-manager-charter";
    static final String TEMPLATE = "efp-charter.ftl";
    /** After "Je refuse la charte": signed out, what it means and what to do. */
    static final String DECLINED_TEMPLATE = "efp-charter-declined.ftl";

    /** Adds the action to the user when they manage access and owe an acceptance. */
    static void requireIfNeeded(KeycloakSession session, RealmModel realm, UserModel user) {
        Charter charter = Charter.of(realm);
        if (charter != null && !charter.acceptedBy(user) && isAccessManager(session, realm, user)) {
            user.addRequiredAction(ID);
        }
    }

    static boolean isAccessManager(KeycloakSession session, RealmModel realm, UserModel user) {
        return new Habilitations(session, realm).isAccessManager(user.getId(), null, null);
    }

    /**
     * Mon compte opens the charter with {@code kc_action=efp-access-manager-charter} when the
     * API refused an access manager who owes it (a session older than their nomination, or a
     * new version): they accept it and come back to Mon compte.
     */
    public CharterRequiredAction() {
        super(ID, "Charte du responsable des accès");
    }

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        requireIfNeeded(context.getSession(), context.getRealm(), context.getUser());
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        Charter charter = Charter.of(context.getRealm());
        if (charter == null || charter.acceptedBy(context.getUser())) {
            // Nothing owed (asked from Mon compte once accepted elsewhere): straight back.
            context.success();
            return;
        }
        context.challenge(context.form().setAttribute("charter", view(charter)).createForm(TEMPLATE));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        Charter charter = Charter.of(context.getRealm());
        if (charter == null) {
            context.success();
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (CharterDecision.of(form.getFirst("efp_action")) == CharterDecision.DECLINE) {
            decline(context, charter);
            return;
        }
        if (CharterDecision.of(form.getFirst("efp_action")) != CharterDecision.ACCEPT
                || !"on".equals(form.getFirst("accepted"))) {
            context.challenge(context.form()
                    .setAttribute("charter", view(charter))
                    .addError(new FormMessage("accepted", "efpCharterMustAccept"))
                    .createForm(TEMPLATE));
            return;
        }
        UserModel user = context.getUser();
        user.setSingleAttribute(Charter.ACCEPTED_VERSION, charter.version());
        user.setSingleAttribute(Charter.ACCEPTED_AT, Instant.now().toString());
        user.removeRequiredAction(ID);
        new AuditLog(context.getSession(), context.getRealm())
                .record(
                        AuditLog.Actor.of(context.getSession(), user),
                        AuditAction.CHARTER_ACCEPTED,
                        null,
                        null,
                        user.getId(),
                        Map.of("version", charter.version()));
        context.success();
    }

    /**
     * Declining is not resigning: the habilitation stays (only whoever named them, or an
     * application admin, can revoke it), the charter is asked again at the next sign-in. The
     * person is signed out at once: their SSO session, if they had one (Mon compte, another
     * application), ends, and the sign-in of this tab goes no further.
     */
    private static void decline(RequiredActionContext context, Charter charter) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        // Rendered before the sessions end: the page needs the realm, locale and theme only.
        Response page = context.form()
                .setAttribute("charterDeclined", Map.of("version", charter.version(), "title", charter.title()))
                .createForm(DECLINED_TEMPLATE);
        AuthenticationManager.AuthResult cookie =
                AuthenticationManager.authenticateIdentityCookie(session, realm, false);
        if (cookie != null
                && cookie.session() != null
                && user.getId().equals(cookie.session().getUser().getId())) {
            AuthenticationManager.backchannelLogout(
                    session,
                    realm,
                    cookie.session(),
                    session.getContext().getUri(),
                    context.getConnection(),
                    context.getHttpRequest().getHttpHeaders(),
                    true);
        }
        AuthenticationManager.expireIdentityCookie(session);
        context.getEvent().detail("efp_charter", "declined").detail("efp_charter_version", charter.version());
        context.challenge(page);
    }

    private static Map<String, Object> view(Charter charter) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("version", charter.version());
        view.put("title", charter.title());
        view.put("paragraphs", charter.paragraphs());
        return view;
    }

    /** A habilitation that makes someone an access manager asks for the charter they owe. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof AccessManagerAppointed appointed) {
                requireIfNeeded(appointed.session(), appointed.realm(), appointed.user());
            }
        });
    }
}
