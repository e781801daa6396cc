package fr.gouv.travail.efp.charter;

import fr.gouv.travail.efp.audit.AuditAction;
import fr.gouv.travail.efp.audit.AuditLog;
import fr.gouv.travail.efp.common.provider.SingletonRequiredAction;
import fr.gouv.travail.efp.habilitation.AccessManagerAppointed;
import fr.gouv.travail.efp.habilitation.Habilitations;
import jakarta.ws.rs.core.MultivaluedMap;
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

/**
 * Whenever a user is an access manager (named by an application admin, by another access
 * manager, or by RA code) and has not accepted the current charter version, this page comes
 * before anything else; access continues only after acceptance, which is recorded with its
 * version and time. A new version asks again.
 */
public class CharterRequiredAction extends SingletonRequiredAction {

    public static final String ID = "efp-access-manager-charter";
    static final String TEMPLATE = "efp-charter.ftl";

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
        if (!"accept".equals(form.getFirst("efp_action")) || !"on".equals(form.getFirst("accepted"))) {
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
