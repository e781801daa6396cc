package fr.gouv.travail.efp.users;

import fr.gouv.travail.efp.common.EfpException;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.authentication.actiontoken.verifyemail.VerifyEmailActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;

/**
 * The emails EFP ADMIN's staff send to an account, as Keycloak's admin console would, with
 * Keycloak's own action tokens and templates (signed, single use, lifespan the realm's "generated
 * by admin" one): a link to choose a new password, or a link that validates the address. They
 * end on Mon compte. Sent now, not through the outbox: the person asking sees whether it went.
 */
public final class AccountEmails {

    private final KeycloakSession session;
    private final RealmModel realm;

    public AccountEmails(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** A link that asks for a new password (Keycloak's UPDATE_PASSWORD action). */
    public void sendPasswordReset(UserModel user) {
        int lifespan = realm.getActionTokenGeneratedByAdminLifespan();
        List<String> actions = List.of(UserModel.RequiredAction.UPDATE_PASSWORD.name());
        ExecuteActionsActionToken token = new ExecuteActionsActionToken(
                user.getId(),
                user.getEmail(),
                Time.currentTime() + lifespan,
                actions,
                null,
                Constants.ACCOUNT_CONSOLE_CLIENT_ID);
        send(() -> templates(user)
                .setAttribute(Constants.TEMPLATE_ATTR_REQUIRED_ACTIONS, actions)
                .sendExecuteActions(link(token), TimeUnit.SECONDS.toMinutes(lifespan)));
    }

    /** A link that validates the account's address (Keycloak's verify-email token). */
    public void sendAddressValidation(UserModel user) {
        int lifespan = realm.getActionTokenGeneratedByAdminLifespan();
        VerifyEmailActionToken token = new VerifyEmailActionToken(
                user.getId(),
                Time.currentTime() + lifespan,
                null,
                user.getEmail(),
                Constants.ACCOUNT_CONSOLE_CLIENT_ID);
        send(() -> templates(user).sendVerifyEmail(link(token), TimeUnit.SECONDS.toMinutes(lifespan)));
    }

    private EmailTemplateProvider templates(UserModel user) {
        return session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user);
    }

    private String link(DefaultActionToken token) {
        UriInfo uri = session.getContext().getUri();
        return LoginActionsService.actionTokenProcessor(uri)
                .queryParam("key", token.serialize(session, realm, uri))
                .build(realm.getName())
                .toString();
    }

    private interface Sending {
        void run() throws EmailException;
    }

    private static void send(Sending sending) {
        try {
            sending.run();
        } catch (EmailException e) {
            throw new EfpException(
                    503, "email_failed", "Le courriel n'a pas pu être envoyé. Réessayez dans quelques minutes.");
        }
    }
}
