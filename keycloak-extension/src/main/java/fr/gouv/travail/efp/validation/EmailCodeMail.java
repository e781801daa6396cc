package fr.gouv.travail.efp.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/** The two emails of the validation code, rendered by the "efp" email theme. */
final class EmailCodeMail {

    static final String CODE_TEMPLATE = "efp-email-code.ftl";
    static final String CODE_SUBJECT = "efpEmailCodeSubject";
    static final String ACCOUNT_EXISTS_TEMPLATE = "efp-account-exists.ftl";
    static final String ACCOUNT_EXISTS_SUBJECT = "efpAccountExistsSubject";

    private EmailCodeMail() {
    }

    /** The code, to {@code to}'s address. */
    static void sendCode(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession, UserModel to,
            String code, String purpose, ValidationCodePolicy policy) throws EmailException {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("code", code);
        attributes.put("purpose", purpose);
        attributes.put("expiresInMinutes", policy.validity().toMinutes());
        templates(session, realm, authSession, to).send(CODE_SUBJECT, List.of(), CODE_TEMPLATE, attributes);
    }

    /** To an account's owner: somebody tried to create an account with this address. */
    static void sendAccountExists(KeycloakSession session, RealmModel realm, AuthenticationSessionModel authSession,
            UserModel owner) throws EmailException {
        templates(session, realm, authSession, owner).send(ACCOUNT_EXISTS_SUBJECT, List.of(), ACCOUNT_EXISTS_TEMPLATE, new HashMap<>());
    }

    private static EmailTemplateProvider templates(KeycloakSession session, RealmModel realm,
            AuthenticationSessionModel authSession, UserModel to) {
        return session.getProvider(EmailTemplateProvider.class)
                .setRealm(realm)
                .setUser(to)
                .setAuthenticationSession(authSession);
    }
}
