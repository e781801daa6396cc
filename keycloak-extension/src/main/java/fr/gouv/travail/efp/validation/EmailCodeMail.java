package fr.gouv.travail.efp.validation;

import fr.gouv.travail.efp.locale.EfpLocaleSelector;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.executors.ExecutorsProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * The two emails of the validation code, rendered by the realm's email theme ("efp").
 *
 * <p>They leave after the request: once its transaction has committed (a new account exists
 * for the sender to find), on one of Keycloak's executors. The page never waits for SMTP, so a
 * code page for an unknown address, where nothing is sent, answers as fast as for a known one;
 * sending in the request made the difference an order of magnitude (SMTP round trips). A failed
 * delivery is logged and reported as an event; the person can ask for a new code.
 */
final class EmailCodeMail {

    static final String CODE_TEMPLATE = "efp-email-code.ftl";
    static final String CODE_SUBJECT = "efpEmailCodeSubject";
    static final String ACCOUNT_EXISTS_TEMPLATE = "efp-account-exists.ftl";
    static final String ACCOUNT_EXISTS_SUBJECT = "efpAccountExistsSubject";
    /** Purpose reported in events for the "account exists" notice. */
    static final String ACCOUNT_EXISTS_PURPOSE = "account-exists";

    private static final Logger LOG = Logger.getLogger(EmailCodeMail.class);
    private static final String EXECUTOR = "efp-email-code";

    private EmailCodeMail() {}

    /** Queues the code for {@code to}'s address; {@code event} (type set) records the sending. */
    static void queueCode(
            KeycloakSession session,
            RealmModel realm,
            UserModel to,
            String code,
            String purpose,
            ValidationCodePolicy policy,
            EventBuilder event) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("code", code);
        attributes.put("purpose", purpose);
        attributes.put("expiresInMinutes", policy.validityMinutes());
        queue(session, realm, to, CODE_SUBJECT, CODE_TEMPLATE, attributes, purpose, event);
    }

    /** Queues, for an account's owner, the notice that somebody tried to register with this address. */
    static void queueAccountExists(KeycloakSession session, RealmModel realm, UserModel owner, EventBuilder event) {
        queue(
                session,
                realm,
                owner,
                ACCOUNT_EXISTS_SUBJECT,
                ACCOUNT_EXISTS_TEMPLATE,
                new HashMap<>(),
                ACCOUNT_EXISTS_PURPOSE,
                event);
    }

    private static void queue(
            KeycloakSession session,
            RealmModel realm,
            UserModel to,
            String subject,
            String template,
            Map<String, Object> attributes,
            String purpose,
            EventBuilder event) {
        event.user(to)
                .detail(Details.EMAIL, to.getEmail())
                .detail(EmailCodeEvents.PURPOSE, purpose)
                .success();
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        ExecutorService executor = session.getProvider(ExecutorsProvider.class).getExecutor(EXECUTOR);
        String realmId = realm.getId();
        String userId = to.getId();
        EventType type = event.getEvent().getType();
        // The mail speaks the page's language (never the account's before the person proved who they are).
        String language = EfpLocaleSelector.pageLanguage(session, to);
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                executor.execute(() ->
                        deliver(factory, realmId, userId, language, subject, template, attributes, purpose, type));
            }

            @Override
            protected void rollbackImpl() {
                // Nothing was committed, nothing is sent.
            }
        });
    }

    private static void deliver(
            KeycloakSessionFactory factory,
            String realmId,
            String userId,
            String language,
            String subject,
            String template,
            Map<String, Object> attributes,
            String purpose,
            EventType type) {
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            RealmModel realm = session.realms().getRealm(realmId);
            if (realm == null) {
                return;
            }
            session.getContext().setRealm(realm);
            EfpLocaleSelector.carryPageLanguage(session, language);
            UserModel user = session.users().getUserById(realm, userId);
            if (user == null || user.getEmail() == null) {
                LOG.warnf("Validation-code email for user %s not sent: no such user or no address", userId);
                return;
            }
            try {
                session.getProvider(EmailTemplateProvider.class)
                        .setRealm(realm)
                        .setUser(user)
                        .send(subject, List.of(), template, attributes);
            } catch (EmailException e) {
                LOG.warnf(e, "Could not send %s to user %s", template, userId);
                new EventBuilder(realm, session)
                        .event(type)
                        .user(user)
                        .detail(Details.EMAIL, user.getEmail())
                        .detail(EmailCodeEvents.PURPOSE, purpose)
                        .detail(Details.REASON, e.getMessage())
                        .error(Errors.EMAIL_SEND_FAILED);
            }
        });
    }
}
