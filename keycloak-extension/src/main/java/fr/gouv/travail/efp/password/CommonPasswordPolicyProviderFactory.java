package fr.gouv.travail.efp.password;

import java.util.function.Predicate;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PasswordPolicyProviderFactory;
import org.keycloak.policy.PolicyError;

/**
 * Password policy {@value #PROVIDER_ID}: refuses passwords from the bundled list of common
 * passwords. Unlike Keycloak's passwordBlacklist, the list ships in the jar: no file to install
 * in each server's data folder.
 */
public class CommonPasswordPolicyProviderFactory implements PasswordPolicyProviderFactory, PasswordPolicyProvider {

    public static final String PROVIDER_ID = "efpNotCommonPassword";
    public static final String ERROR_MESSAGE = "efpPasswordTooCommon";
    /** Keycloak's own minimum length policy id. */
    static final String LENGTH_POLICY = "length";

    private CommonPasswords commonPasswords;

    @Override
    public void init(Config.Scope config) {
        commonPasswords = CommonPasswords.bundled();
    }

    /** Bound to the request's session: the realm's length rule is read from it. */
    @Override
    public PasswordPolicyProvider create(KeycloakSession session) {
        return new PasswordPolicyProvider() {
            @Override
            public PolicyError validate(RealmModel realm, UserModel user, String password) {
                return CommonPasswordPolicyProviderFactory.this.validate(realm, user, password);
            }

            @Override
            public PolicyError validate(String username, String password) {
                RealmModel realm = session.getContext().getRealm();
                return realm == null
                        ? CommonPasswordPolicyProviderFactory.this.validate(username, password)
                        : CommonPasswordPolicyProviderFactory.this.validate(realm, null, password);
            }

            @Override
            public Object parseConfig(String value) {
                return null;
            }

            @Override
            public void close() {}
        };
    }

    /**
     * Keycloak runs a realm's policies in no fixed order and shows the first refusal: a password
     * shorter than the realm's {@code length(n)} is left to that rule, so a 5-character password
     * reads "12 caractères minimum", not "one of the most common".
     */
    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        Object minLength = realm.getPasswordPolicy().getPolicyConfig(LENGTH_POLICY);
        return refusal(password, minLength instanceof Integer length ? length : 0);
    }

    @Override
    public PolicyError validate(String username, String password) {
        return refusal(password, 0);
    }

    private PolicyError refusal(String password, int minLength) {
        return isRefused(password, minLength, commonPasswords::contains) ? new PolicyError(ERROR_MESSAGE) : null;
    }

    /** Common, and long enough for the length rule to have nothing to say. */
    static boolean isRefused(String password, int minLength, Predicate<String> isCommon) {
        return password != null && password.length() >= minLength && isCommon.test(password);
    }

    @Override
    public Object parseConfig(String value) {
        return null;
    }

    @Override
    public String getDisplayName() {
        return "EFP: not a common password";
    }

    @Override
    public String getConfigType() {
        return null;
    }

    @Override
    public String getDefaultConfigValue() {
        return null;
    }

    @Override
    public boolean isMultiplSupported() {
        return false;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}
}
