package fr.gouv.travail.efp.notification;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SubjectCredentialManager;
import org.keycloak.models.UserModel;
import org.keycloak.storage.adapter.AbstractInMemoryUserAdapter;

/**
 * Someone reached by address only (an invitee without an account): a user that exists only in
 * memory, never stored, so that Keycloak's email pipeline, which renders for a user, renders
 * for them too, in the realm's default language (the person's own choice is not known yet).
 */
final class OutboxRecipient extends AbstractInMemoryUserAdapter {

    OutboxRecipient(KeycloakSession session, RealmModel realm, String address) {
        super(session, realm, "outbox-recipient");
        setEmail(address);
        if (realm.getDefaultLocale() != null) {
            setSingleAttribute(UserModel.LOCALE, realm.getDefaultLocale());
        }
        setReadonly(true);
    }

    /** Someone with no account has no credentials. */
    @Override
    public SubjectCredentialManager credentialManager() {
        throw new UnsupportedOperationException("an email recipient without an account has no credentials");
    }
}
