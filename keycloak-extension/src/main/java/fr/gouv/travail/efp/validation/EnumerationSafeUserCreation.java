package fr.gouv.travail.efp.validation;

import fr.gouv.travail.efp.captcha.form.CaptchaCheck;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.authentication.FormAction;
import org.keycloak.authentication.FormContext;
import org.keycloak.authentication.ValidationContext;
import org.keycloak.authentication.forms.RegistrationPage;
import org.keycloak.authentication.forms.RegistrationUserCreation;
import org.keycloak.credential.hash.PasswordHashProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.PasswordPolicy;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.policy.PasswordPolicyManagerProvider;
import org.keycloak.policy.PolicyError;
import org.keycloak.services.messages.Messages;
import org.keycloak.services.validation.Validation;

/**
 * "Je crée mon compte": Keycloak's user creation (user profile, email as username, organization
 * invitations) plus the password, with one difference: an address that already has an account
 * is never revealed.
 *
 * <p>For such an address nothing is created; the form succeeds as usual and leaves a note on
 * the authentication session naming the existing account. The next step of the registration
 * flow, {@link RegistrationEmailCode}, then sends the owner the "account exists" email and
 * shows the same code page as for a new account, with a code that can never succeed. The
 * password is hashed and thrown away, so both cases do the same expensive work.
 *
 * <p>This action also sets the password: Keycloak's {@code registration-password-action} writes
 * it on the created user and fails without one, so it must not be in the same form.
 */
public class EnumerationSafeUserCreation extends RegistrationUserCreation {

    public static final String PROVIDER_ID = "efp-registration-user-creation";

    /** Auth note: id of the account that already owns the typed address (decoy registration). */
    static final String EXISTING_ACCOUNT_NOTE = "efp.registration.existing-account";
    /** Auth note: the address typed in the form, lower-cased, that the code page masks. */
    static final String TYPED_EMAIL_NOTE = "efp.registration.email";
    /** Value of {@link #EXISTING_ACCOUNT_NOTE} when the owner vanished between two lookups. */
    static final String NO_ACCOUNT = "none";

    private static final Logger LOG = Logger.getLogger(EnumerationSafeUserCreation.class);
    private static final Set<String> TAKEN_MESSAGES = Set.of(Messages.EMAIL_EXISTS, Messages.USERNAME_EXISTS);
    /** Request-scoped: validate() found the address taken, success() must not create anything. */
    private static final String TAKEN_ATTRIBUTE = EnumerationSafeUserCreation.class.getName() + ".taken";

    /** Attribute Keycloak's registration-password-action sets; the theme shows the password fields on it. */
    static final String PASSWORD_REQUIRED_ATTRIBUTE = "passwordRequired";

    @Override
    public void buildPage(FormContext context, LoginFormsProvider form) {
        super.buildPage(context, form);
        // This action took the place of registration-password-action: it says what that one says.
        form.setAttribute(PASSWORD_REQUIRED_ATTRIBUTE, true);
    }

    @Override
    public void validate(ValidationContext context) {
        MultivaluedMap<String, String> formData = context.getHttpRequest().getDecodedFormParameters();
        if (CaptchaCheck.isRefresh(formData)) {
            // "Afficher un nouveau code": the CAPTCHA step sends the form back with a new code and
            // nothing else; the fields the person has not filled yet are not mistakes. Keycloak
            // shows every action's errors at once, so this one must not report any.
            context.success();
            return;
        }
        ValidationProbe stock = new ValidationProbe(context);
        super.validate(stock);

        List<FormMessage> errors = new ArrayList<>();
        boolean taken = false;
        for (FormMessage message : stock.errors()) {
            if (TAKEN_MESSAGES.contains(message.getMessage())) {
                taken = true;
            } else {
                errors.add(message);
            }
        }
        errors.addAll(passwordErrors(context, formData));

        if (!errors.isEmpty()) {
            // The person sees the other mistakes, exactly as if the address were free.
            context.error(stock.error() != null && !taken ? stock.error() : Errors.INVALID_REGISTRATION);
            formData.remove(RegistrationPage.FIELD_PASSWORD);
            formData.remove(RegistrationPage.FIELD_PASSWORD_CONFIRM);
            context.validationError(formData, errors);
            return;
        }
        if (taken) {
            context.getSession().setAttribute(TAKEN_ATTRIBUTE, Boolean.TRUE);
        }
        context.success();
    }

    @Override
    public void success(FormContext context) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        MultivaluedMap<String, String> formData = context.getHttpRequest().getDecodedFormParameters();
        String email = formData.getFirst(RegistrationPage.FIELD_EMAIL);
        String password = formData.getFirst(RegistrationPage.FIELD_PASSWORD);
        context.getAuthenticationSession()
                .setAuthNote(TYPED_EMAIL_NOTE, email == null ? "" : email.trim().toLowerCase(Locale.ROOT));

        if (Boolean.TRUE.equals(session.getAttribute(TAKEN_ATTRIBUTE))) {
            UserModel owner = owner(session, realm, formData);
            hashAndForget(session, realm, password);
            context.getAuthenticationSession()
                    .setAuthNote(EXISTING_ACCOUNT_NOTE, owner == null ? NO_ACCOUNT : owner.getId());
            // Only administrators read events: there the truth is told. A clone, so that the
            // next step's events do not inherit this error.
            EventBuilder event =
                    context.getEvent().clone().detail(Details.EMAIL, email).detail(Details.REGISTER_METHOD, "form");
            if (owner != null) {
                event.user(owner);
            }
            event.error(Errors.EMAIL_IN_USE);
            return;
        }

        context.getAuthenticationSession().removeAuthNote(EXISTING_ACCOUNT_NOTE);
        super.success(context);
        UserModel user = context.getUser();
        try {
            user.credentialManager().updateCredential(UserCredentialModel.password(password, false));
        } catch (ModelException e) {
            // Keycloak's own registration does the same: the password is asked again at first login.
            LOG.warnf(e, "Could not store the password of new user %s", user.getId());
            user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        }
        user.setEmailVerified(false);
        user.addRequiredAction(EmailCodeRequiredAction.PROVIDER_ID);
    }

    /** The checks of Keycloak's registration-password-action, which this action replaces. */
    private static List<FormMessage> passwordErrors(
            ValidationContext context, MultivaluedMap<String, String> formData) {
        List<FormMessage> errors = new ArrayList<>();
        String password = formData.getFirst(RegistrationPage.FIELD_PASSWORD);
        if (Validation.isBlank(password)) {
            errors.add(new FormMessage(RegistrationPage.FIELD_PASSWORD, Messages.MISSING_PASSWORD));
            return errors;
        }
        if (!password.equals(formData.getFirst(RegistrationPage.FIELD_PASSWORD_CONFIRM))) {
            errors.add(new FormMessage(RegistrationPage.FIELD_PASSWORD_CONFIRM, Messages.INVALID_PASSWORD_CONFIRM));
        }
        String username = context.getRealm().isRegistrationEmailAsUsername()
                ? formData.getFirst(RegistrationPage.FIELD_EMAIL)
                : formData.getFirst(RegistrationPage.FIELD_USERNAME);
        PolicyError policyError = context.getSession()
                .getProvider(PasswordPolicyManagerProvider.class)
                .validate(username, password);
        if (policyError != null) {
            errors.add(new FormMessage(
                    RegistrationPage.FIELD_PASSWORD, policyError.getMessage(), policyError.getParameters()));
        }
        return errors;
    }

    private static UserModel owner(KeycloakSession session, RealmModel realm, MultivaluedMap<String, String> formData) {
        String email = formData.getFirst(RegistrationPage.FIELD_EMAIL);
        UserModel owner = Validation.isBlank(email) ? null : session.users().getUserByEmail(realm, email.trim());
        if (owner == null) {
            String username =
                    realm.isRegistrationEmailAsUsername() ? email : formData.getFirst(RegistrationPage.FIELD_USERNAME);
            owner = Validation.isBlank(username) ? null : session.users().getUserByUsername(realm, username.trim());
        }
        return owner;
    }

    /** Costs what storing the password costs (the realm's hashing, its iterations), keeps nothing. */
    private static void hashAndForget(KeycloakSession session, RealmModel realm, String password) {
        PasswordPolicy policy = realm.getPasswordPolicy();
        PasswordHashProvider hash = policy.getHashAlgorithm() == null
                ? null
                : session.getProvider(PasswordHashProvider.class, policy.getHashAlgorithm());
        if (hash == null) {
            hash = session.getProvider(PasswordHashProvider.class);
        }
        hash.encodedCredential(password, policy.getHashIterations());
    }

    @Override
    public FormAction create(KeycloakSession session) {
        return this;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "EFP: Registration User Creation (no account enumeration)";
    }

    @Override
    public String getHelpText() {
        return "Creates the user with the password and the 'efp-email-code' required action. An address that already"
                + " has an account is not revealed: nothing is created, its owner is told by email, and the next"
                + " step 'efp-registration-email-code' shows the same code page. Replaces both"
                + " 'registration-user-creation' and 'registration-password-action'.";
    }
}
